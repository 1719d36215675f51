package vn.ansinh.merchant.settlement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;

/**
 * Reads settlement batches and lines back. Reading a batch checks it again: its totals must still equal the sum of
 * its lines, the other side of the check made when it was written.
 */
@ApplicationScoped
public class Settlements {

    private static final String LINE_COLUMNS = """
            l.*, m.name as merchant_name from settlement_line l join merchant m on m.id = l.merchant_id""";
    private static final String LINES = "select " + LINE_COLUMNS
            + " where l.batch_id = $1 and l.merchant_id > $2 order by l.merchant_id limit $3";
    private static final String LINE = "select " + LINE_COLUMNS + " where l.batch_id = $1 and l.merchant_id = $2";
    private static final String SUM_LINES = """
            select count(*) as merchants, coalesce(sum(sale_count), 0) as sale_count, coalesce(sum(gross_vnd), 0) as gross_vnd,
                coalesce(sum(reversal_count), 0) as reversal_count, coalesce(sum(reversals_vnd), 0) as reversals_vnd,
                coalesce(sum(refund_count), 0) as refund_count, coalesce(sum(refunds_vnd), 0) as refunds_vnd,
                coalesce(sum(fee_vnd), 0) as fee_vnd, coalesce(sum(net_vnd), 0) as net_vnd
            from settlement_line where batch_id = $1""";

    @Inject Pool pool;

    /** The batch of a business date, checked against its lines; empty when the date is not settled. */
    public Uni<Optional<SettlementBatch>> batch(LocalDate businessDate) {
        return pool.preparedQuery(Cutover.FIND_BATCH).execute(Tuple.of(businessDate)).chain(rows -> {
            if (rows.rowCount() == 0) {
                return Uni.createFrom().item(Optional.<SettlementBatch>empty());
            }
            SettlementBatch batch = Cutover.batchOf(rows.iterator().next());
            return pool.preparedQuery(SUM_LINES).execute(Tuple.of(batch.id())).map(sums -> {
                Row sum = sums.iterator().next();
                if (sum.getLong("merchants") != batch.merchantCount() || !SettlementTotals.of(sum).equals(batch.totals())) {
                    throw new IllegalStateException("settlement batch " + batch.id() + " no longer equals its lines");
                }
                return Optional.of(batch);
            });
        });
    }

    public Uni<SettlementBatch> requireBatch(LocalDate businessDate) {
        return batch(businessDate).map(found -> found.orElseThrow(() -> DomainException.notFound(
                "SETTLEMENT_NOT_FOUND", businessDate + " has not been settled.")));
    }

    public Uni<List<SettlementLine>> lines(long batchId, long afterMerchantId, int limit) {
        return pool.preparedQuery(LINES).execute(Tuple.of(batchId, afterMerchantId, limit)).map(rows -> {
            var lines = new ArrayList<SettlementLine>(rows.size());
            rows.forEach(row -> lines.add(lineOf(row)));
            return lines;
        });
    }

    public Uni<SettlementLine> line(long batchId, long merchantId) {
        return pool.preparedQuery(LINE).execute(Tuple.of(batchId, merchantId)).map(rows -> {
            if (rows.rowCount() == 0) {
                throw DomainException.notFound("SETTLEMENT_LINE_NOT_FOUND", "Merchant " + merchantId
                        + " has no line in this settlement.");
            }
            return lineOf(rows.iterator().next());
        });
    }

    private static SettlementLine lineOf(Row row) {
        return new SettlementLine(row.getLong("merchant_id"), row.getString("merchant_name"),
                row.getString("settlement_bin"), Masking.account(row.getString("settlement_account")),
                row.getString("settlement_holder"), row.getInteger("mdr_rate_bp"), row.getLong("mdr_fixed_vnd"),
                Optional.ofNullable(row.getLong("mdr_cap_vnd")), SettlementTotals.of(row));
    }
}
