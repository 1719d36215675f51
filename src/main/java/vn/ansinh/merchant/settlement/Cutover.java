package vn.ansinh.merchant.settlement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.merchant.MdrPlan;
import vn.ansinh.merchant.ledger.Ledger;
import vn.ansinh.platform.DomainException;

/**
 * Closes a business date: one set-based statement turns the date's ledger entries into one settlement line per
 * merchant (gross, reversals, refunds, MDR fee, net), the batch's totals are summed from its lines and checked
 * against the entries summed directly, and the batch is recorded READY with an audit entry; then, when the funding
 * account is configured, {@link SettlementPayout} turns it into payments on the rails — all in one transaction.
 * Running it again for a settled date answers the batch already made, paying it first if it is still READY.
 *
 * <p>Fees: each sale that stands is charged {@link MdrPlan#feeSql} with the merchant's plan at cutover; a sale
 * reversed on the same business date was never a sale and is charged nothing; a reversal on a later date, and any
 * refund, pulls back the principal but not the fee already charged, so no day's fee is ever negative.
 */
@ApplicationScoped
public class Cutover {

    public record Outcome(SettlementBatch batch, boolean created) {}

    private static final Logger LOG = Logger.getLogger(Cutover.class);

    private static final String INSERT_BATCH = """
            insert into settlement_batch (business_date, merchant_count, sale_count, gross_vnd, reversal_count,
                reversals_vnd, refund_count, refunds_vnd, fee_vnd, net_vnd, created_by)
            values ($1, 0, 0, 0, 0, 0, 0, 0, 0, 0, $2) returning id""";
    private static final String INSERT_LINES = """
            insert into settlement_line (batch_id, merchant_id, settlement_bin, settlement_account, settlement_holder,
                mdr_rate_bp, mdr_fixed_vnd, mdr_cap_vnd, sale_count, gross_vnd, reversal_count, reversals_vnd,
                refund_count, refunds_vnd, fee_vnd, net_vnd)
            select $1, m.id, m.settlement_bin, m.settlement_account, m.settlement_holder, m.mdr_rate_bp,
                m.mdr_fixed_vnd, m.mdr_cap_vnd, d.sale_count, d.gross, d.reversal_count, d.reversals, d.refund_count,
                d.refunds, d.fee, d.gross - d.reversals - d.refunds - d.fee
            from (
                select e.merchant_id,
                    count(*) filter (where e.kind in ('SALE', 'REFUND_REVERSAL')) as sale_count,
                    coalesce(sum(e.amount_vnd) filter (where e.kind in ('SALE', 'REFUND_REVERSAL')), 0) as gross,
                    count(*) filter (where e.kind = 'REVERSAL') as reversal_count,
                    coalesce(sum(e.amount_vnd) filter (where e.kind = 'REVERSAL'), 0) as reversals,
                    count(*) filter (where e.kind = 'REFUND') as refund_count,
                    coalesce(sum(e.amount_vnd) filter (where e.kind = 'REFUND'), 0) as refunds,
                    coalesce(sum(%s) filter (where e.kind = 'SALE' and r.id is null), 0) as fee
                from merchant_entry e
                join merchant p on p.id = e.merchant_id
                left join merchant_entry r on r.reverses_entry_id = e.id and r.kind = 'REVERSAL'
                    and r.business_date = e.business_date
                where e.business_date = $2
                group by e.merchant_id) d
            join merchant m on m.id = d.merchant_id""".formatted(MdrPlan.feeSql("e.amount_vnd", "p"));
    private static final String SUM_LINES = """
            update settlement_batch b set merchant_count = s.merchants, sale_count = s.sale_count, gross_vnd = s.gross,
                reversal_count = s.reversal_count, reversals_vnd = s.reversals, refund_count = s.refund_count,
                refunds_vnd = s.refunds, fee_vnd = s.fee, net_vnd = s.net
            from (select count(*) as merchants, coalesce(sum(sale_count), 0) as sale_count,
                    coalesce(sum(gross_vnd), 0) as gross, coalesce(sum(reversal_count), 0) as reversal_count,
                    coalesce(sum(reversals_vnd), 0) as reversals, coalesce(sum(refund_count), 0) as refund_count,
                    coalesce(sum(refunds_vnd), 0) as refunds, coalesce(sum(fee_vnd), 0) as fee,
                    coalesce(sum(net_vnd), 0) as net
                  from settlement_line where batch_id = $1) s
            where b.id = $1
            returning b.*""";
    /** The other side of the boundary: the same date's entries summed without the lines. */
    /** Grouped first, then counted: a hash aggregate, where count(distinct) would sort every entry of the day. */
    private static final String SUM_ENTRIES = """
            select count(*) as merchants, coalesce(sum(gross), 0)::bigint as gross,
                coalesce(sum(reversals), 0)::bigint as reversals, coalesce(sum(refunds), 0)::bigint as refunds
            from (select merchant_id,
                    coalesce(sum(amount_vnd) filter (where kind in ('SALE', 'REFUND_REVERSAL')), 0) as gross,
                    coalesce(sum(amount_vnd) filter (where kind = 'REVERSAL'), 0) as reversals,
                    coalesce(sum(amount_vnd) filter (where kind = 'REFUND'), 0) as refunds
                from merchant_entry where business_date = $1 group by merchant_id) d""";
    static final String FIND_BATCH = "select * from settlement_batch where business_date = $1";

    @Inject Pool pool;
    @Inject Ledger ledger;
    @Inject AuditLog audit;
    @Inject SettlementPayout payout;

    public Uni<Outcome> cutover(LocalDate businessDate, String actor) {
        return pool.withTransaction(connection -> ledger.lockForCutover(connection)
                .chain(() -> connection.preparedQuery(FIND_BATCH).execute(Tuple.of(businessDate)))
                .chain(found -> found.rowCount() == 1
                        ? payIfReady(connection, batchOf(found.iterator().next()), actor)
                                .map(batch -> new Outcome(batch, false))
                        : ledger.openDate(connection).chain(open -> {
                            if (businessDate.isAfter(open)) {
                                throw DomainException.conflict("BUSINESS_DATE_NOT_REACHED", "Bookings are going to "
                                        + open + "; " + businessDate + " cannot be settled before it has begun.");
                            }
                            return settle(connection, businessDate, actor)
                                    .chain(batch -> payIfReady(connection, batch, actor))
                                    .map(batch -> new Outcome(batch, true));
                        })));
    }

    private Uni<SettlementBatch> settle(SqlConnection connection, LocalDate businessDate, String actor) {
        return connection.preparedQuery(INSERT_BATCH).execute(Tuple.of(businessDate, actor))
                .map(rows -> rows.iterator().next().getLong("id"))
                .chain(batchId -> connection.preparedQuery(INSERT_LINES).execute(Tuple.of(batchId, businessDate))
                        .chain(() -> connection.preparedQuery(SUM_LINES).execute(Tuple.of(batchId))))
                .map(rows -> batchOf(rows.iterator().next()))
                .call(batch -> connection.preparedQuery(SUM_ENTRIES).execute(Tuple.of(businessDate))
                        .invoke(sums -> requireBothSidesAgree(batch, sums.iterator().next())))
                .call(batch -> audit.append(connection, new AuditEvent(actor, "SETTLEMENT_BATCH_READY",
                        "settlement:" + businessDate, facts(batch))));
    }

    /**
     * A READY batch is paid in the same transaction when the funding account is configured; without it the batch
     * stays READY (its audit entry says so) and a later cutover of the same date pays it.
     */
    private Uni<SettlementBatch> payIfReady(SqlConnection connection, SettlementBatch batch, String actor) {
        if (!"READY".equals(batch.status())) return Uni.createFrom().item(batch);
        if (!payout.configured()) {
            LOG.warnf("settlement %s is READY but not paid: ansinh.merchant.settlement-funding-account is not set",
                    batch.businessDate());
            return Uni.createFrom().item(batch);
        }
        return payout.issue(connection, batch, actor);
    }

    private static void requireBothSidesAgree(SettlementBatch batch, Row entries) {
        SettlementTotals lines = batch.totals();
        if (batch.merchantCount() != entries.getLong("merchants") || lines.grossVnd() != entries.getLong("gross")
                || lines.reversalsVnd() != entries.getLong("reversals") || lines.refundsVnd() != entries.getLong("refunds")) {
            throw new IllegalStateException("settlement of " + batch.businessDate()
                    + ": the lines' totals differ from the ledger's; nothing was settled");
        }
    }

    private LinkedHashMap<String, Object> facts(SettlementBatch batch) {
        var facts = new LinkedHashMap<String, Object>();
        SettlementTotals totals = batch.totals();
        facts.put("batchId", batch.id());
        facts.put("merchants", batch.merchantCount());
        facts.put("saleCount", totals.saleCount());
        facts.put("grossVnd", totals.grossVnd());
        facts.put("reversalsVnd", totals.reversalsVnd());
        facts.put("refundsVnd", totals.refundsVnd());
        facts.put("feeVnd", totals.feeVnd());
        facts.put("netVnd", totals.netVnd());
        facts.put("paymentsIssuedInThisTransaction", payout.configured());
        return facts;
    }

    static SettlementBatch batchOf(Row row) {
        return new SettlementBatch(row.getLong("id"), row.getLocalDate("business_date"), row.getString("status"),
                row.getLong("merchant_count"), SettlementTotals.of(row),
                row.getOffsetDateTime("created_at").toInstant(), row.getString("created_by"),
                Optional.ofNullable(row.getLong("payments_count")).map(count -> new SettlementBatch.Payouts(count,
                        row.getLong("payments_vnd"), row.getLong("carried_in_vnd"), row.getLong("carried_out_vnd"))));
    }
}
