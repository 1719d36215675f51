package vn.ansinh.iso8583.acquirer;

import java.util.List;
import java.util.Optional;
import vn.ansinh.iso8583.Iso8583Message;

/**
 * Answers 0500: the terminal states its batch totals (credits DE74/DE86, debits DE76/DE88); when they equal the
 * journal's, the batch is closed with 00; otherwise 95 and the batch stays open for the terminal to upload.
 */
final class BatchReconciliation {
    private static final List<Integer> TOTALS_FIELDS = List.of(41, 74, 76, 86, 88);

    private final TransactionJournal journal;

    BatchReconciliation(TransactionJournal journal) {
        this.journal = journal;
    }

    Iso8583Message answer(Iso8583Message request) {
        if (!TOTALS_FIELDS.stream().allMatch(request::has)) {
            return Responses.to(request, ResponseCode.FORMAT_ERROR);
        }
        Optional<BatchTotals> stated = stated(request);
        if (stated.isEmpty()) {
            return Responses.to(request, ResponseCode.FORMAT_ERROR);
        }
        String terminal = request.field(41).orElseThrow();
        if (!journal.openBatchTotals(terminal).equals(stated.get())) {
            return Responses.to(request, ResponseCode.RECONCILE_ERROR);
        }
        journal.closeBatch(terminal);
        return Responses.to(request, ResponseCode.APPROVED);
    }

    private static Optional<BatchTotals> stated(Iso8583Message request) {
        try {
            return Optional.of(new BatchTotals(number(request, 74), number(request, 86), number(request, 76),
                    number(request, 88)));
        } catch (IllegalArgumentException inconsistent) {
            return Optional.empty();
        }
    }

    private static long number(Iso8583Message request, int field) {
        return Long.parseLong(request.field(field).orElseThrow());
    }
}
