package vn.ansinh.reconciliation.match;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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

    static void apply(BankEntry bankEntry, Map<String, Payment> payments, MatchState state, MatchPolicy policy) {
        Entry entry = bankEntry.entry();
        if (state.entryClaimed(bankEntry) || !Matcher.isDebit(bankEntry) || entry.effectiveDate().isEmpty()) {
            return;
        }
        LocalDate booked = entry.effectiveDate().get();
        Set<String> proposed = new HashSet<>(state.proposals.stream().map(Proposal::endToEndId).toList());
        List<Payment> fits = payments.values().stream()
                .filter(p -> !state.outboundClaimed(p) && !proposed.contains(p.endToEndId())
                        && p.status() != PaymentStatus.REJECTED && p.debtorAccount().equals(bankEntry.account())
                        && p.currency().equals(entry.currency()) && p.amountMinor() == entry.amountMinor()
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
        state.proposals.add(new Proposal(bankEntry.key(), best.endToEndId(), confidence, "same account and amount, "
                + distance + " day(s) apart" + (fits.size() > 1 ? ", " + fits.size() + " candidates" : "")));
    }

    private static long days(Payment payment, LocalDate booked, MatchPolicy policy) {
        return Math.abs(ChronoUnit.DAYS.between(policy.dateOf(payment.statusTime()), booked));
    }
}
