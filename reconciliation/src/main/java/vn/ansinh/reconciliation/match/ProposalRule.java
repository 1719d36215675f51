package vn.ansinh.reconciliation.match;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.reconciliation.model.Entry;

/**
 * Rule 4: an unmatched debit and an unmatched payment from the same account with the same amount, booked within
 * the window of the payment's status date. Confidence falls with the date distance and when several payments fit.
 */
final class ProposalRule {
    private static final int CONFIDENCE_BEST = 89;
    private static final int PENALTY_PER_DAY = 5;
    private static final int PENALTY_AMBIGUOUS = 10;

    private ProposalRule() {
    }

    /**
     * Runs over every entry in key order. The unclaimed payments are grouped by account, currency and amount once:
     * nothing is claimed while proposals are made, so the groups stay true for the whole pass, and each entry
     * looks only at payments of its own amount instead of at every payment.
     */
    static void applyAll(List<KeyedEntry> entries, PaymentIndex payments, MatchState state,
                         MatchPolicy policy) {
        Map<SameAmount, List<Payment>> open = null;
        Set<String> proposed = new HashSet<>();
        for (KeyedEntry bankEntry : entries) {
            Entry entry = bankEntry.entry();
            if (state.entryClaimed(bankEntry) || !Matcher.isDebit(bankEntry) || entry.effectiveDate().isEmpty()) {
                continue;
            }
            if (open == null) {
                open = unclaimed(payments, state);
            }
            List<Payment> sameAmount = open.getOrDefault(new SameAmount(bankEntry.account(), entry.currency(),
                    entry.amountMinor()), List.of());
            propose(bankEntry, sameAmount, proposed, state, policy);
        }
    }

    /** Payments that may still be proposed, by account, currency and amount, each group in end-to-end id order. */
    private static Map<SameAmount, List<Payment>> unclaimed(PaymentIndex payments, MatchState state) {
        Map<SameAmount, List<Payment>> open = new HashMap<>();
        for (Payment payment : payments.values()) {
            if (!state.outboundClaimed(payment) && payment.status() != PaymentStatus.REJECTED) {
                open.computeIfAbsent(new SameAmount(payment.debtorAccount(), payment.currency(), payment.amountMinor()),
                        key -> new ArrayList<>()).add(payment);
            }
        }
        return open;
    }

    private static void propose(KeyedEntry bankEntry, List<Payment> sameAmount, Set<String> proposed,
                                MatchState state, MatchPolicy policy) {
        LocalDate booked = bankEntry.entry().effectiveDate().get();
        List<Payment> fits = sameAmount.stream()
                .filter(p -> !proposed.contains(p.endToEndId())
                        && days(p, booked, policy) <= policy.proposalWindowDaysMax())
                .sorted(Comparator.comparingLong((Payment p) -> days(p, booked, policy)).thenComparing(Payment::endToEndId))
                .toList();
        if (fits.isEmpty()) {
            return;
        }
        Payment best = fits.getFirst();
        long distance = days(best, booked, policy);
        int confidence = (int) Math.max(Match.PROPOSAL_CONFIDENCE_MIN, CONFIDENCE_BEST - PENALTY_PER_DAY * distance
                - (fits.size() > 1 ? PENALTY_AMBIGUOUS : 0));
        proposed.add(best.endToEndId());
        state.proposals.add(new Proposal(bankEntry.key(), best.endToEndId(), confidence, "same account and amount, "
                + distance + " day(s) apart" + (fits.size() > 1 ? ", " + fits.size() + " candidates" : "")));
    }

    private static long days(Payment payment, LocalDate booked, MatchPolicy policy) {
        return Math.abs(ChronoUnit.DAYS.between(policy.dateOf(payment.statusTime()), booked));
    }

    /** What a proposal must agree on before dates are compared. */
    private record SameAmount(String account, Currency currency, long amountMinor) {
    }
}
