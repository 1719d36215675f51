package vn.ansinh.reconciliation.match;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.reconciliation.model.BatchSummary;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;

/**
 * Rule 2: a bulk debit equal to a released batch. Found by the batch's message id (confidence 100), else by
 * count and total when exactly one unclaimed batch of that account fits (confidence 95); an ambiguous fit is left
 * to a person. The batch's payments are claimed with it.
 */
final class BatchRule {
    private static final int BY_REFERENCE = 100;
    private static final int BY_COUNT_AND_TOTAL = 95;

    private BatchRule() {
    }

    static void apply(KeyedEntry bankEntry, PaymentIndex payments, Map<String, ReleasedBatch> batches,
                      MatchState state, MatchPolicy policy) {
        Entry entry = bankEntry.entry();
        if (state.entryClaimed(bankEntry) || !Matcher.isDebit(bankEntry)) {
            return;
        }
        BatchSummary summary = entry.batch().orElse(BatchSummary.empty());
        Optional<ReleasedBatch> byReference = summary.messageId().map(batches::get)
                .or(() -> summary.paymentInformationId().map(batches::get));
        if (byReference.isPresent()) {
            claim(bankEntry, byReference.get(), BY_REFERENCE, payments, state, policy);
            return;
        }
        int count = summary.transactionCount().orElse(entry.details().size());
        if (count < 2) {
            return;
        }
        List<ReleasedBatch> fits = batches.values().stream().filter(batch -> !state.batchClaimed(batch)
                && batch.debtorAccount().equals(bankEntry.account()) && batch.currency().equals(entry.currency())
                && batch.transactionCount() == count && batch.controlSumMinor() == entry.amountMinor()).toList();
        if (fits.size() == 1) {
            claim(bankEntry, fits.getFirst(), BY_COUNT_AND_TOTAL, payments, state, policy);
        }
    }

    private static void claim(KeyedEntry bankEntry, ReleasedBatch batch, int confidence, PaymentIndex payments,
                              MatchState state, MatchPolicy policy) {
        Entry entry = bankEntry.entry();
        state.claimEntry(bankEntry);
        if (state.batchClaimed(batch)) {
            state.add(Breaks.ofEntry(BreakClass.DUPLICATE_BANK_ENTRY, bankEntry, entry.amountMinor(), 0,
                    Optional.of(batch.messageId()), "batch " + batch.messageId() + " already matched", policy));
            return;
        }
        state.claimBatch(batch);
        List<String> ids = payments.values().stream()
                .filter(p -> p.batchMessageId().equals(Optional.of(batch.messageId())) && !state.outboundClaimed(p))
                .map(Payment::endToEndId).sorted().toList();
        ids.forEach(id -> state.claimOutbound(payments.get(id)));
        if (entry.amountMinor() != batch.controlSumMinor() || !entry.currency().equals(batch.currency())) {
            state.add(Breaks.ofEntry(BreakClass.AMOUNT_MISMATCH, bankEntry,
                    Math.abs(Math.subtractExact(entry.amountMinor(), batch.controlSumMinor())), batch.controlSumMinor(),
                    Optional.of(batch.messageId()), "bulk debit " + entry.amountMinor() + " vs batch "
                            + batch.messageId() + " control sum " + batch.controlSumMinor(), policy));
            return;
        }
        state.add(new Match.Batch(bankEntry.key(), batch.messageId(), ids, entry.amountMinor(), confidence,
                entry.status() == EntryStatus.PENDING));
    }

}
