package vn.ansinh.reconciliation.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.TransactionDetail;

/**
 * Rule 3: a credit carrying the end-to-end ids of payments we sent returns them. All named payments must exist,
 * be unreturned, and add up to the credit; a single return with another amount is an AMOUNT_MISMATCH. A credit
 * marked as a return that names none of our payments is RETURN_WITHOUT_PAYMENT.
 */
final class ReturnRule {
    private ReturnRule() {
    }

    static void apply(KeyedEntry bankEntry, PaymentIndex payments, MatchState state, MatchPolicy policy) {
        Entry entry = bankEntry.entry();
        if (state.entryClaimed(bankEntry) || Matcher.isDebit(bankEntry)) {
            return;
        }
        List<String> ids = returnedIds(entry);
        List<Payment> returned = ids.stream().map(payments::get).filter(p -> p != null && !state.returnClaimed(p))
                .toList();
        if (returned.isEmpty() || returned.size() != ids.size()) {
            if (entry.isReturn()) {
                state.claimEntry(bankEntry);
                state.add(Breaks.ofEntry(BreakClass.RETURN_WITHOUT_PAYMENT, bankEntry, entry.amountMinor(), 0,
                        ids.stream().findFirst(), "return credit names no unreturned payment of ours", policy));
            }
            return;
        }
        long total = returned.stream().mapToLong(Payment::amountMinor).reduce(0L, Math::addExact);
        state.claimEntry(bankEntry);
        returned.forEach(state::claimReturn);
        if (total == entry.amountMinor()) {
            state.add(new Match.Return(bankEntry.key(), ids, entry.amountMinor(), entry.status() == EntryStatus.PENDING));
            return;
        }
        state.add(Breaks.ofEntry(BreakClass.AMOUNT_MISMATCH, bankEntry, Math.abs(Math.subtractExact(entry.amountMinor(),
                total)), total, Optional.of(ids.getFirst()), "return credit " + entry.amountMinor()
                + " vs returned payments " + total, policy));
    }

    private static List<String> returnedIds(Entry entry) {
        List<String> ids = new ArrayList<>();
        for (TransactionDetail detail : entry.details()) {
            detail.endToEndId().ifPresent(ids::add);
        }
        if (ids.isEmpty()) {
            entry.endToEndId().ifPresent(ids::add);
        }
        return ids.stream().distinct().sorted().toList();
    }
}
