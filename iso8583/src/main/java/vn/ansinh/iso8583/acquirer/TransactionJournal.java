package vn.ansinh.iso8583.acquirer;

import java.util.Optional;

/**
 * Where the acquirer keeps what it decided, so that duplicates, reversals and batch totals can be answered.
 * Every method is atomic on its own: two connections sending the same request at once must see one
 * {@link Reservation.Reserved} and one {@link Reservation.Duplicate}. The engine supplies a PostgreSQL
 * implementation; {@link InMemoryTransactionJournal} serves tests and tools.
 */
public interface TransactionJournal {

    /** Phase one: claims the key for a pending entry, or reports the entry that already holds it. */
    Reservation reserve(JournalEntry pending);

    /** Phase two: records the decision for a key this journal reserved; returns the entry as now stored. */
    JournalEntry decide(TransactionKey key, ResponseCode code, Optional<String> approvalCode);

    Optional<JournalEntry> find(TransactionKey key);

    /** The original a reversal without DE90 points to: same terminal, STAN and retrieval reference. */
    Optional<JournalEntry> findByReference(String terminalId, String stan, String retrievalReference);

    /** Marks an approved original reversed, exactly once. */
    ReversalOutcome reverse(TransactionKey original);

    /** Totals of the terminal's open batch: approved, not reversed. */
    BatchTotals openBatchTotals(String terminalId);

    /** Settles the open batch after the terminal's totals agreed; later transactions start a new batch. */
    void closeBatch(String terminalId);

    sealed interface Reservation {
        record Reserved(JournalEntry entry) implements Reservation { }

        record Duplicate(JournalEntry existing) implements Reservation { }
    }

    sealed interface ReversalOutcome {
        record Reversed(JournalEntry entry) implements ReversalOutcome { }

        /** A repeat of a reversal already applied: acknowledge again, move no money. */
        record AlreadyReversed(JournalEntry entry) implements ReversalOutcome { }

        /** Still pending, or declined: nothing that can be reversed now. */
        record NotReversible(JournalEntry entry) implements ReversalOutcome { }

        record NotFound(TransactionKey key) implements ReversalOutcome { }
    }
}
