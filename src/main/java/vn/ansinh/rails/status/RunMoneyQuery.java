package vn.ansinh.rails.status;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.platform.DomainException;

/** A run's money by state, read in one statement so the totals are from one snapshot. */
@ApplicationScoped
public class RunMoneyQuery {

    private static final String MONEY = """
            select r.total_vnd, p.state, count(p.id) as payments, coalesce(sum(p.amount_vnd), 0) as vnd
            from payout_run r left join payment p on p.run_id = r.id
            where r.id = $1
            group by r.total_vnd, p.state""";

    @Inject Pool pool;

    public Uni<RunMoney> money(long runId) {
        return pool.preparedQuery(MONEY).execute(Tuple.of(runId)).map(rows -> {
            if (rows.rowCount() == 0) {
                throw DomainException.notFound("RUN_NOT_FOUND", "No payout run " + runId + ".");
            }
            long runTotal = 0;
            Map<String, RunMoney.StateTotal> byState = new LinkedHashMap<>();
            for (var row : rows) {
                runTotal = row.getLong("total_vnd");
                String state = row.getString("state");
                if (state != null) {
                    byState.put(state, new RunMoney.StateTotal(row.getLong("payments"), row.getLong("vnd")));
                }
            }
            return RunMoney.of(runId, runTotal, byState);
        });
    }
}
