package vn.ansinh.iso8583.acquirer;

import java.util.Optional;
import vn.ansinh.iso8583.Iso8583Message;

/**
 * Answers 0400/0401 and 0420/0421. The original is found by DE90 (its STAN and DE7) on the same terminal, or
 * else by STAN, retrieval reference (DE37) and terminal. Reversing is idempotent: a repeat is acknowledged
 * again with 00 and moves no money twice. Only full reversals are accepted; a different amount is refused.
 */
final class Reversals {
    private static final int ORIGINAL_STAN_START = 4;
    private static final int ORIGINAL_DATE_TIME_START = 10;
    private static final int ORIGINAL_DATE_TIME_END = 20;

    private final TransactionJournal journal;

    Reversals(TransactionJournal journal) {
        this.journal = journal;
    }

    Iso8583Message answer(Iso8583Message request) {
        Optional<String> terminal = request.field(41);
        if (terminal.isEmpty() || request.field(4).isEmpty() || request.field(11).isEmpty()) {
            return Responses.to(request, ResponseCode.FORMAT_ERROR);
        }
        Optional<JournalEntry> original = original(request, terminal.get());
        if (original.isEmpty()) {
            // Unknown original: say so (12) rather than acknowledge, so a mismatch reaches an operator.
            return Responses.to(request, ResponseCode.INVALID_TRANSACTION);
        }
        if (original.get().amountMinor() != Long.parseLong(request.field(4).orElseThrow())) {
            return Responses.to(request, ResponseCode.INVALID_AMOUNT);
        }
        return Responses.to(request, switch (journal.reverse(original.get().key())) {
            case TransactionJournal.ReversalOutcome.Reversed reversed -> ResponseCode.APPROVED;
            case TransactionJournal.ReversalOutcome.AlreadyReversed repeat -> ResponseCode.APPROVED;
            case TransactionJournal.ReversalOutcome.NotReversible pending
                    when pending.entry().state() == TransactionState.PENDING -> ResponseCode.ISSUER_OR_SWITCH_INOPERATIVE;
            // A declined original moved no money; acknowledging stops the terminal repeating the reversal.
            case TransactionJournal.ReversalOutcome.NotReversible declined -> ResponseCode.APPROVED;
            case TransactionJournal.ReversalOutcome.NotFound missing -> ResponseCode.INVALID_TRANSACTION;
        });
    }

    private Optional<JournalEntry> original(Iso8583Message request, String terminal) {
        Optional<String> originalData = request.field(90);
        if (originalData.isPresent()) {
            String data = originalData.get();
            return journal.find(new TransactionKey(terminal, data.substring(ORIGINAL_STAN_START, ORIGINAL_DATE_TIME_START),
                    data.substring(ORIGINAL_DATE_TIME_START, ORIGINAL_DATE_TIME_END)));
        }
        return request.field(37).flatMap(reference ->
                journal.findByReference(terminal, request.field(11).orElseThrow(), reference));
    }
}
