package vn.ansinh.merchant.settlement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a batch's payouts back, joined to the payments the rails follow, a page of merchants at a time. */
@ApplicationScoped
public class SettlementPayments {

    /** Each payment state with how many payments and đồng are in it: SETTLED is final, so are REJECTED and RETURNED. */
    public record StateTotal(long count, long amountVnd) {}

    private static final String PAGE = """
            select s.merchant_id, s.net_vnd, s.carried_in_vnd, s.payable_vnd, s.outcome, s.reason_code,
                s.carried_to_batch, p.end_to_end_id, p.state, p.reason_code as payment_reason
            from settlement_payout s left join payment p on p.id = s.payment_id
            where s.batch_id = $1 and s.merchant_id > $2 order by s.merchant_id limit $3""";
    private static final String BY_STATE = """
            select p.state, count(*), coalesce(sum(p.amount_vnd), 0)::bigint
            from settlement_payout s join payment p on p.id = s.payment_id
            where s.batch_id = $1 group by p.state order by p.state""";

    @Inject Pool pool;

    public Uni<List<SettlementPaymentView>> page(long batchId, long afterMerchantId, int limit) {
        return pool.preparedQuery(PAGE).execute(Tuple.of(batchId, afterMerchantId, limit)).map(rows -> {
            var page = new ArrayList<SettlementPaymentView>(rows.rowCount());
            rows.forEach(row -> page.add(view(row)));
            return page;
        });
    }

    public Uni<Map<String, StateTotal>> byState(long batchId) {
        return pool.preparedQuery(BY_STATE).execute(Tuple.of(batchId)).map(rows -> {
            var totals = new LinkedHashMap<String, StateTotal>();
            rows.forEach(row -> totals.put(row.getString(0), new StateTotal(row.getLong(1), row.getLong(2))));
            return totals;
        });
    }

    private static SettlementPaymentView view(Row row) {
        return new SettlementPaymentView(row.getLong("merchant_id"), row.getLong("net_vnd"),
                row.getLong("carried_in_vnd"), row.getLong("payable_vnd"), row.getString("outcome"),
                row.getString("reason_code"), Optional.ofNullable(row.getLong("carried_to_batch")),
                Optional.ofNullable(row.getString("end_to_end_id")), Optional.ofNullable(row.getString("state")),
                Optional.ofNullable(row.getString("payment_reason")));
    }
}
