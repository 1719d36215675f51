package vn.ansinh.recon.statement;

import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.parse.EntrySink;

/**
 * The second read of an accepted file: entries go to the database in batches of {@code linesPerBatchMax} while the
 * file streams, so memory does not grow with it. Statements arrive in file order; the n-th statement's lines belong
 * to the n-th stored statement row.
 */
final class LineWriter implements EntrySink {

    private final SqlClient sql;
    private final List<Long> statementIds;
    private final int linesPerBatchMax;
    private final Function<io.smallrye.mutiny.Uni<Integer>, Integer> await;
    private final List<StatementLines.Line> batch = new ArrayList<>();
    private final List<StatementSummary> summaries = new ArrayList<>();
    private long written;

    LineWriter(SqlClient sql, List<Long> statementIds, int linesPerBatchMax,
               Function<io.smallrye.mutiny.Uni<Integer>, Integer> await) {
        if (linesPerBatchMax <= 0) {
            throw new IllegalArgumentException("linesPerBatchMax must be positive");
        }
        this.sql = sql;
        this.statementIds = List.copyOf(statementIds);
        this.linesPerBatchMax = linesPerBatchMax;
        this.await = await;
    }

    @Override
    public void entry(StatementHeader header, Entry entry) {
        if (summaries.size() >= statementIds.size()) {
            throw new IllegalStateException("the second read found more statements than the first");
        }
        batch.add(new StatementLines.Line(statementIds.get(summaries.size()), entry));
        if (batch.size() >= linesPerBatchMax) {
            flush();
        }
    }

    @Override
    public void statementEnded(StatementSummary summary) {
        flush();
        summaries.add(summary);
    }

    /** Writes what is buffered; called at each statement's end and once more when the file ends. */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        int rows = await.apply(StatementLines.insert(sql, batch));
        if (rows != batch.size()) {
            throw new IllegalStateException("wrote " + rows + " statement lines of " + batch.size());
        }
        written += rows;
        batch.clear();
    }

    List<StatementSummary> summaries() {
        return List.copyOf(summaries);
    }

    long written() {
        return written;
    }
}
