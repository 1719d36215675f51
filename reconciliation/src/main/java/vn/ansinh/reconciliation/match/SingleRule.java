package vn.ansinh.reconciliation.match;

import java.util.Map;
import java.util.Optional;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;

/** Rule 1: a debit carrying one end-to-end id is matched to that payment; a differing amount is a break. */
final class SingleRule {
    private SingleRule() {
    }

    static void apply(KeyedEntry bankEntry, PaymentIndex payments, MatchState state, MatchPolicy policy) {
        Entry entry = bankEntry.entry();
        Optional<String> id = entry.effectiveEndToEndId();
        if (state.entryClaimed(bankEntry) || !Matcher.isDebit(bankEntry) || id.isEmpty() || entry.details().size() > 1) {
            return;
        }
        Payment payment = payments.get(id.get());
        if (payment == null || payment.status() == PaymentStatus.REJECTED) {
            return;
        }
        state.claimEntry(bankEntry);
        if (state.outboundClaimed(payment)) {
            state.add(Breaks.ofEntry(BreakClass.DUPLICATE_BANK_ENTRY, bankEntry, entry.amountMinor(), 0, id,
                    "payment " + id.get() + " already matched to an earlier entry", policy));
            return;
        }
        state.claimOutbound(payment);
        if (entry.amountMinor() == payment.amountMinor() && entry.currency().equals(payment.currency())) {
            state.add(new Match.Single(bankEntry.key(), id.get(), entry.amountMinor(),
                    entry.status() == EntryStatus.PENDING));
            return;
        }
        long difference = Math.abs(Math.subtractExact(entry.amountMinor(), payment.amountMinor()));
        state.add(Breaks.ofEntry(BreakClass.AMOUNT_MISMATCH, bankEntry, difference, payment.amountMinor(), id,
                "bank debited " + entry.amountMinor() + " " + entry.currency() + ", payment is "
                        + payment.amountMinor() + " " + payment.currency(), policy));
    }
}
