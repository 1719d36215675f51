package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/**
 * Claims the run's period for everyone it pays the period's benefit to, in period_payment, whose primary key makes
 * the database refuse paying anyone twice for a program and period. BENEFIT lines claim it, and so do commune cash
 * rows: cash is the period's benefit too, and a later run must not pay it again by bank. ARREARS lines pay other
 * periods, and REISSUE lines pay a period already claimed by the payment they re-issue, so neither claims anything.
 */
@ApplicationScoped
public class PeriodClaim {

    static final int CONFLICTS_NAMED_MAX = 20;

    /**
     * A plain insert, not ON CONFLICT DO NOTHING: that clause probes the key once more for every row before inserting
     * it, which doubled the cost of claiming a million-line run (6.0 s against 3.1 s). A conflict is rare and fatal
     * to the release anyway, so it is left to the key to raise, and named after the rollback ({@link #refusal}).
     */
    private static final String CLAIM = """
            insert into period_payment (program_code, period, beneficiary_id, run_id)
            select $2, $3, c.beneficiary_id, $1 from (
                select beneficiary_id from payout_line where run_id = $1 and kind = 'BENEFIT'
                union all
                select beneficiary_id from cash_payment where run_id = $1) c""";

    private static final String CONFLICTS = """
            select p.beneficiary_id, b.cccd, p.run_id, r.period
            from payout_run r
            join period_payment p on p.program_code = r.program_code and p.period = r.period and p.run_id <> r.id
            join beneficiary b on b.id = p.beneficiary_id
            where r.id = $1 and p.beneficiary_id in (
                select beneficiary_id from payout_line where run_id = $1 and kind = 'BENEFIT'
                union all select beneficiary_id from cash_payment where run_id = $1)
            order by p.beneficiary_id limit $2""";

    private static final String PERIOD_KEY = "period_payment_pkey";

    /** Answers how many claims were made; fails on the period's key when anyone is already paid for it. */
    public Uni<Long> claim(SqlConnection connection, RunRecord run) {
        return connection.preparedQuery(CLAIM).execute(Tuple.of(run.id(), run.programCode(), run.period().toString()))
                .map(claimed -> (long) claimed.rowCount());
    }

    /** The period's key refused a claim: someone in the run is already paid for its program and period. */
    public static boolean isConflict(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && PERIOD_KEY.equals(pg.getConstraint());
    }

    /**
     * The refusal of a run whose claim conflicted, naming who, read after the release rolled back (its transaction
     * was over at the conflict): the claims it met are committed ones, so they are still there to be named.
     */
    public Uni<Void> refusal(SqlClient sql, long runId) {
        return sql.preparedQuery(CONFLICTS).execute(Tuple.of(runId, CONFLICTS_NAMED_MAX)).map(rows -> {
            var violations = new ArrayList<Violation>();
            rows.forEach(row -> violations.add(Violation.ofField("beneficiaryId", "ALREADY_PAID_FOR_PERIOD",
                    "Beneficiary " + row.getLong(0) + " (CCCD " + Masking.cccd(row.getString(1))
                            + ") is already paid for " + row.getString(3) + " by run " + row.getLong(2) + ".")));
            String first = violations.isEmpty() ? "someone in it is already paid for its period."
                    : violations.getFirst().detail();
            throw new DomainException(DomainException.Kind.CONFLICT, "PERIOD_ALREADY_PAID", "Run " + runId
                    + " cannot be released: " + first + " Nothing was released; cancel this run and create it "
                    + "again, which excludes whoever is already paid.", null, violations);
        });
    }
}
