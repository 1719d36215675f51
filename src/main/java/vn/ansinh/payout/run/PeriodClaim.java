package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
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

    private static final String CLAIM = """
            insert into period_payment (program_code, period, beneficiary_id, run_id)
            select $2, $3, c.beneficiary_id, $1 from (
                select beneficiary_id from payout_line where run_id = $1 and kind = 'BENEFIT'
                union all
                select beneficiary_id from cash_payment where run_id = $1) c
            on conflict do nothing""";

    private static final String EXPECTED = """
            select (select count(*) from payout_line where run_id = $1 and kind = 'BENEFIT')
                + (select count(*) from cash_payment where run_id = $1)""";

    private static final String CONFLICTS = """
            select p.beneficiary_id, b.cccd, p.run_id from period_payment p join beneficiary b on b.id = p.beneficiary_id
            where p.program_code = $2 and p.period = $3 and p.run_id <> $1 and p.beneficiary_id in (
                select beneficiary_id from payout_line where run_id = $1 and kind = 'BENEFIT'
                union all select beneficiary_id from cash_payment where run_id = $1)
            order by p.beneficiary_id limit $4""";

    /** Answers how many claims were made; refuses, naming who, when anyone is already paid for the period. */
    public Uni<Long> claim(SqlConnection connection, RunRecord run) {
        var scope = Tuple.of(run.id(), run.programCode(), run.period().toString());
        return connection.preparedQuery(EXPECTED).execute(Tuple.of(run.id())).chain(expected -> {
            long wanted = expected.iterator().next().getLong(0);
            return connection.preparedQuery(CLAIM).execute(scope).chain(claimed -> claimed.rowCount() == wanted
                    ? Uni.createFrom().item(wanted)
                    : refuse(connection, run));
        });
    }

    private static Uni<Long> refuse(SqlConnection connection, RunRecord run) {
        return connection.preparedQuery(CONFLICTS).execute(Tuple.of(run.id(), run.programCode(),
                run.period().toString(), CONFLICTS_NAMED_MAX)).map(rows -> {
                    var violations = new ArrayList<Violation>();
                    rows.forEach(row -> violations.add(Violation.ofField("beneficiaryId", "ALREADY_PAID_FOR_PERIOD",
                            "Beneficiary " + row.getLong(0) + " (CCCD " + Masking.cccd(row.getString(1))
                                    + ") is already paid for " + run.period() + " by run " + row.getLong(2) + ".")));
                    String first = violations.isEmpty() ? "someone in it" : violations.getFirst().detail();
                    throw new DomainException(DomainException.Kind.CONFLICT, "PERIOD_ALREADY_PAID", "Run " + run.id()
                            + " cannot be released: " + first + " Nothing was released; cancel this run and create it "
                            + "again, which excludes whoever is already paid.", null, violations);
                });
    }
}
