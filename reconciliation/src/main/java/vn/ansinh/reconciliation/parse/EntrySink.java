package vn.ansinh.reconciliation.parse;

import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Receives entries while the file is still being read, then each statement's summary when it ends. */
public interface EntrySink {
    void entry(StatementHeader header, Entry entry);

    void statementEnded(StatementSummary summary);

    /** A sink for callers who only want summaries and totals. */
    static EntrySink discarding() {
        return new EntrySink() {
            @Override
            public void entry(StatementHeader header, Entry entry) {
            }

            @Override
            public void statementEnded(StatementSummary summary) {
            }
        };
    }
}
