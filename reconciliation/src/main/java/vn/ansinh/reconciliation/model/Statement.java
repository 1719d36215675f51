package vn.ansinh.reconciliation.model;

import java.util.List;
import java.util.Objects;

/** A statement held in memory with its entries: only for messages small enough (see ParseLimits). */
public record Statement(StatementSummary summary, List<Entry> entries) {
    public Statement {
        Objects.requireNonNull(summary, "summary");
        entries = List.copyOf(entries);
        if (entries.size() != summary.entryCount()) {
            throw new IllegalArgumentException("statement holds " + entries.size() + " entries but its summary counted "
                    + summary.entryCount());
        }
    }

    public StatementHeader header() {
        return summary.header();
    }
}
