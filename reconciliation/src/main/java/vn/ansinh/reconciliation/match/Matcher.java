package vn.ansinh.reconciliation.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;

/**
 * Deterministic, exclusive matching. Inputs are sorted by stable keys before any decision, so the result does
 * not depend on input order; each rule runs over everything before the next, so a weaker rule never takes an item
 * a stronger one would have taken. Amount differences become AMOUNT_MISMATCH breaks: nothing is tolerated.
 */
public final class Matcher {
    private Matcher() {
    }

    public static MatchResult match(List<BankEntry> entries, List<Payment> payments, List<ReleasedBatch> batches,
                                    MatchPolicy policy) {
        List<KeyedEntry> sorted = KeyedEntry.sorted(entries);
        // Payments are looked up once per entry: a compact hash index, id order restored wherever a result lists them.
        PaymentIndex paymentsById = new PaymentIndex(payments);
        Map<String, ReleasedBatch> batchesById = index(batches, ReleasedBatch::messageId, "batch message id",
                new TreeMap<>());
        MatchState state = new MatchState(paymentsById);
        for (KeyedEntry entry : sorted) {
            SingleRule.apply(entry, paymentsById, state, policy);
        }
        for (KeyedEntry entry : sorted) {
            BatchRule.apply(entry, paymentsById, batchesById, state, policy);
        }
        for (KeyedEntry entry : sorted) {
            ReturnRule.apply(entry, paymentsById, state, policy);
        }
        ProposalRule.applyAll(sorted, paymentsById, state, policy);
        remainingBreaks(sorted, paymentsById, state, policy);
        return state.result();
    }

    private static void remainingBreaks(List<KeyedEntry> entries, PaymentIndex payments, MatchState state,
                                        MatchPolicy policy) {
        for (KeyedEntry entry : entries) {
            if (!state.entryClaimed(entry)) {
                state.claimEntry(entry);
                Entry value = entry.entry();
                state.add(Breaks.ofEntry(BreakClass.UNMATCHED_BANK_ENTRY, entry, value.amountMinor(), 0,
                        value.effectiveEndToEndId(), "no payment, batch or return explains this "
                                + value.direction().name().toLowerCase() + " entry", policy));
            }
        }
        List<Payment> unclaimed = new ArrayList<>();
        for (Payment payment : payments.values()) {
            if (payment.status() == PaymentStatus.SETTLED && !state.outboundClaimed(payment)) {
                unclaimed.add(payment);
            }
        }
        unclaimed.sort(Comparator.comparing(Payment::endToEndId));
        for (Payment payment : unclaimed) {
            state.claimOutbound(payment);
            boolean withinGrace = !payment.statusTime().plus(policy.gracePeriod()).isBefore(policy.asOf());
            state.add(withinGrace
                    ? Breaks.ofPayment(BreakClass.LATE, payment, "settled, bank entry not yet seen, within grace", policy)
                    : Breaks.ofPayment(BreakClass.UNMATCHED_PAYMENT, payment, "settled but no bank entry after "
                    + policy.gracePeriod().toHours() + "h grace", policy));
        }
    }

    static boolean isDebit(KeyedEntry entry) {
        return entry.entry().direction() == Direction.DEBIT;
    }

    /** Items by key into the given empty map; two items with one key are refused. */
    private static <T> Map<String, T> index(List<T> items, Function<T, String> key, String what,
                                            Map<String, T> byKey) {
        for (T item : items) {
            if (byKey.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " in matcher input");
            }
        }
        return byKey;
    }
}
