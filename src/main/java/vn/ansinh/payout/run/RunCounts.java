package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts and totals of a run, by kind of line, reason of exclusion and state of payment. */
final class RunCounts {

    private RunCounts() {}

    /** Counts and totals of a stored run. */
    record Totals(long count, long amountVnd) {
        Map<String, Object> view() {
            return Map.of("count", count, "totalVnd", amountVnd);
        }
    }

    static Uni<Map<String, Long>> exclusionsByReason(SqlClient sql, long runId) {
        return sql.preparedQuery("select reason, count(*) from run_exclusion where run_id = $1 group by reason order by reason")
                .execute(Tuple.of(runId)).map(rows -> {
                    var out = new LinkedHashMap<String, Long>();
                    rows.forEach(row -> out.put(row.getString(0), row.getLong(1)));
                    return out;
                });
    }

    static Uni<Map<String, Totals>> linesByKind(SqlClient sql, long runId) {
        return grouped(sql, "select kind, count(*), sum(amount_vnd)::bigint from payout_line where run_id = $1 "
                + "group by kind order by kind", runId);
    }

    static Uni<Map<String, Totals>> paymentsByState(SqlClient sql, long runId) {
        return grouped(sql, "select state, count(*), sum(amount_vnd)::bigint from payment where run_id = $1 "
                + "group by state order by state", runId);
    }

    private static Uni<Map<String, Totals>> grouped(SqlClient sql, String query, long runId) {
        return sql.preparedQuery(query).execute(Tuple.of(runId)).map(rows -> {
            var out = new LinkedHashMap<String, Totals>();
            rows.forEach(row -> out.put(row.getString(0), new Totals(row.getLong(1), row.getLong(2))));
            return out;
        });
    }
}
