package vn.ansinh.iso8583.acquirer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A journal in memory for tests and tools; one lock makes each method atomic. Bounded by {@code entriesMax}. */
public final class InMemoryTransactionJournal implements TransactionJournal {
    private final int entriesMax;
    private final Map<TransactionKey, JournalEntry> entries = new LinkedHashMap<>();
    private final Map<String, List<TransactionKey>> openBatches = new HashMap<>();

    public InMemoryTransactionJournal(int entriesMax) {
        if (entriesMax <= 0) {
            throw new IllegalArgumentException("entriesMax must be positive");
        }
        this.entriesMax = entriesMax;
    }

    @Override
    public synchronized Reservation reserve(JournalEntry pending) {
        if (pending.state() != TransactionState.PENDING) {
            throw new IllegalArgumentException("only a pending entry can be reserved");
        }
        JournalEntry existing = entries.get(pending.key());
        if (existing != null) {
            return new Reservation.Duplicate(existing);
        }
        if (entries.size() >= entriesMax) {
            throw new IllegalStateException("journal holds its maximum of " + entriesMax + " entries");
        }
        entries.put(pending.key(), pending);
        openBatches.computeIfAbsent(pending.key().terminalId(), terminal -> new ArrayList<>()).add(pending.key());
        return new Reservation.Reserved(pending);
    }

    @Override
    public synchronized JournalEntry decide(TransactionKey key, ResponseCode code, Optional<String> approvalCode) {
        JournalEntry entry = entries.get(key);
        if (entry == null || entry.state() != TransactionState.PENDING) {
            throw new IllegalStateException("only a reserved, pending entry can be decided: " + key);
        }
        JournalEntry decided = entry.decided(code, approvalCode);
        entries.put(key, decided);
        return decided;
    }

    @Override
    public synchronized Optional<JournalEntry> find(TransactionKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized Optional<JournalEntry> findByReference(String terminalId, String stan, String retrievalReference) {
        return entries.values().stream()
                .filter(entry -> entry.key().terminalId().equals(terminalId) && entry.key().stan().equals(stan))
                .filter(entry -> entry.retrievalReference().orElse("").equals(retrievalReference))
                .findFirst();
    }

    @Override
    public synchronized ReversalOutcome reverse(TransactionKey original) {
        JournalEntry entry = entries.get(original);
        if (entry == null) {
            return new ReversalOutcome.NotFound(original);
        }
        return switch (entry.state()) {
            case APPROVED -> {
                JournalEntry reversed = entry.reversed();
                entries.put(original, reversed);
                yield new ReversalOutcome.Reversed(reversed);
            }
            case REVERSED -> new ReversalOutcome.AlreadyReversed(entry);
            case PENDING, DECLINED -> new ReversalOutcome.NotReversible(entry);
        };
    }

    @Override
    public synchronized BatchTotals openBatchTotals(String terminalId) {
        BatchTotals totals = BatchTotals.EMPTY;
        for (TransactionKey key : openBatches.getOrDefault(terminalId, List.of())) {
            JournalEntry entry = entries.get(key);
            if (entry.state() == TransactionState.APPROVED) {
                totals = totals.plus(entry);
            }
        }
        return totals;
    }

    @Override
    public synchronized void closeBatch(String terminalId) {
        openBatches.remove(terminalId);
    }
}
