package vn.ansinh.reconciliation.parse;

import java.util.ArrayList;
import java.util.List;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.Statement;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Keeps whole statements in memory, up to entriesInMemoryMax entries; for small files, tests and the CLI. */
public final class CollectingSink implements EntrySink {
    private final int entriesInMemoryMax;
    private final List<Statement> statements = new ArrayList<>();
    private List<Entry> current = new ArrayList<>();
    private long held;

    public CollectingSink(int entriesInMemoryMax) {
        if (entriesInMemoryMax <= 0) {
            throw new IllegalArgumentException("entriesInMemoryMax must be positive");
        }
        this.entriesInMemoryMax = entriesInMemoryMax;
    }

    @Override
    public void entry(StatementHeader header, Entry entry) {
        held++;
        if (held > entriesInMemoryMax) {
            throw new IllegalStateException("more than entriesInMemoryMax=" + entriesInMemoryMax
                    + " entries: stream this file through an EntrySink instead of collecting it");
        }
        current.add(entry);
    }

    @Override
    public void statementEnded(StatementSummary summary) {
        statements.add(new Statement(summary, current));
        current = new ArrayList<>();
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }
}
