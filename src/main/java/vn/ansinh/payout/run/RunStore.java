package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.ansinh.platform.DomainException;

/** Finds runs and locks them for a step; every step that changes a run holds its row lock until it commits. */
@ApplicationScoped
public class RunStore {

    private static final String SELECT = "select " + RunRecord.COLUMNS + " from payout_run where id = $1";

    private static final String SPENT = """
            select coalesce(sum(r.total_vnd + coalesce((select sum(c.amount_vnd) from cash_payment c
                where c.run_id = r.id), 0)), 0)::bigint
            from payout_run r where r.program_code = $1 and r.period = $2 and r.kind = 'REGULAR' and r.id <> $3
                and r.status in ('APPROVED', 'RELEASED', 'COMPLETED')""";

    private static final String CASH_TOTAL = "select coalesce(sum(amount_vnd), 0)::bigint from cash_payment where run_id = $1";

    public Uni<Optional<RunRecord>> find(SqlClient sql, long runId) {
        return sql.preparedQuery(SELECT).execute(Tuple.of(runId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(RunRecord.of(rows.iterator().next())));
    }

    public Uni<RunRecord> require(SqlClient sql, long runId) {
        return find(sql, runId).map(found -> found.orElseThrow(() -> notFound(runId)));
    }

    /** The run, locked until the caller's transaction ends. */
    public Uni<RunRecord> lock(SqlConnection connection, long runId) {
        return connection.preparedQuery(SELECT + " for update").execute(Tuple.of(runId))
                .map(rows -> {
                    if (rows.size() == 0) throw notFound(runId);
                    return RunRecord.of(rows.iterator().next());
                });
    }

    /**
     * What other approved, released or completed regular runs of the period already take from its budget: their
     * lines and their commune cash, since both are paid from the same money. Re-issue runs take nothing: what they
     * pay was counted when the original run was approved.
     */
    public Uni<Long> spentInPeriod(SqlClient sql, RunRecord run) {
        return sql.preparedQuery(SPENT).execute(Tuple.of(run.programCode(), run.period().toString(), run.id()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Long> cashTotal(SqlClient sql, long runId) {
        return sql.preparedQuery(CASH_TOTAL).execute(Tuple.of(runId)).map(rows -> rows.iterator().next().getLong(0));
    }

    static DomainException notFound(long runId) {
        return DomainException.notFound("RUN_NOT_FOUND", "There is no run " + runId + ".");
    }

    static DomainException wrongStatus(RunRecord run, String expected) {
        return DomainException.conflict("RUN_STATUS_" + expected, "Run " + run.id() + " is " + run.status()
                + "; this step needs it " + expected + ".");
    }
}
