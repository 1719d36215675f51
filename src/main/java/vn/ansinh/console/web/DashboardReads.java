package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The dashboard's totals, read straight from the rooms' tables: counts and sums only, nothing personal. */
@ApplicationScoped
public class DashboardReads {

    /** A count and a sum of đồng under one name (a state, a reason, a commune, an age). */
    public record Tally(String name, long count, long totalVnd) {}

    /** A reconciliation's verdict as the dashboard lists it. */
    public record Verdict(long id, String bankBin, String from, String to, String verdict, long residualVnd) {}

    static final int RECENT_MAX = 10;
    /** Rejection reasons are counted over the newest lists only, so the dashboard never scans every row ever read. */
    static final int LISTS_COUNTED_MAX = 20;
    /** Payouts per commune likewise over the newest runs only. */
    static final int RUNS_COUNTED_MAX = 20;

    private static final String RUNS_BY_STATE = """
            select status, count(*), coalesce(sum(total_vnd), 0)::bigint from payout_run group by status order by status""";
    private static final String MONEY_BY_PAYMENT_STATE = """
            select state, count(*), coalesce(sum(amount_vnd), 0)::bigint from payment group by state order by state""";
    private static final String PAYOUTS_PER_COMMUNE = """
            select coalesce(b.commune_code, '—'), count(*), coalesce(sum(p.amount_vnd), 0)::bigint
            from payment p join beneficiary b on b.id = p.beneficiary_id
            where p.run_id in (select id from payout_run order by id desc limit $1)
            group by 1 order by 3 desc limit 12""";
    private static final String REJECTION_REASONS = """
            select reason, count(*), 0::bigint from list_row, unnest(reasons) as reason
            where outcome = 'REJECTED' and list_id in (select id from beneficiary_list order by id desc limit $1)
            group by reason order by 2 desc limit 12""";
    private static final String BREAK_AGEING = """
            select age_bucket, count(*), coalesce(sum(amount_vnd), 0)::bigint from recon_break where not written_off
            group by age_bucket order by case age_bucket when 'DAYS_0_1' then 0 when 'DAYS_2_7' then 1
                when 'DAYS_8_30' then 2 else 3 end""";
    private static final String RECENT_VERDICTS = """
            select id, bank_bin, from_date, to_date, verdict, residual_vnd from reconciliation order by id desc limit $1""";

    @Inject Pool pool;

    public Uni<List<Tally>> runsByState() {
        return tallies(RUNS_BY_STATE, io.vertx.mutiny.sqlclient.Tuple.tuple());
    }

    public Uni<List<Tally>> moneyByPaymentState() {
        return tallies(MONEY_BY_PAYMENT_STATE, io.vertx.mutiny.sqlclient.Tuple.tuple());
    }

    public Uni<List<Tally>> payoutsPerCommune() {
        return tallies(PAYOUTS_PER_COMMUNE, io.vertx.mutiny.sqlclient.Tuple.of(RUNS_COUNTED_MAX));
    }

    public Uni<List<Tally>> rejectionReasons() {
        return tallies(REJECTION_REASONS, io.vertx.mutiny.sqlclient.Tuple.of(LISTS_COUNTED_MAX));
    }

    public Uni<List<Tally>> breakAgeing() {
        return tallies(BREAK_AGEING, io.vertx.mutiny.sqlclient.Tuple.tuple());
    }

    public Uni<List<Verdict>> recentVerdicts() {
        return rows(RECENT_VERDICTS, io.vertx.mutiny.sqlclient.Tuple.of(RECENT_MAX), row -> new Verdict(row.getLong(0),
                row.getString(1), row.getLocalDate(2).toString(), row.getLocalDate(3).toString(), row.getString(4),
                row.getLong(5)));
    }

    private Uni<List<Tally>> tallies(String query, io.vertx.mutiny.sqlclient.Tuple parameters) {
        return rows(query, parameters, row -> new Tally(row.getString(0), row.getLong(1), row.getLong(2)));
    }

    private <T> Uni<List<T>> rows(String query, io.vertx.mutiny.sqlclient.Tuple parameters, Function<Row, T> read) {
        return pool.preparedQuery(query).execute(parameters).map(rows -> {
            var out = new ArrayList<T>();
            rows.forEach(row -> out.add(read.apply(row)));
            return out;
        });
    }
}
