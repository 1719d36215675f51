package vn.ansinh.merchant.settlement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.rails.issue.IssuedPayment;
import vn.ansinh.rails.issue.PaymentIssuer;
import vn.ansinh.rails.issue.PaymentOrder;
import vn.ansinh.rails.issue.PaymentSource;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankBin;

/**
 * READY → PAYMENTS_ISSUED, in the caller's transaction: each merchant's payable (net plus a debt carried in from
 * an earlier batch) becomes one instant payment from the acquirer's settlement funding account to the merchant's
 * settlement account through the rails' {@link PaymentIssuer}; a zero payable is recorded NOTHING_DUE and a negative
 * one CARRIED_FORWARD, to be deducted from the merchant's next batch. The balance is checked, the batch updated and
 * the audit entry appended before the transaction commits; the dispatcher then follows each payment to its end.
 */
@ApplicationScoped
public class SettlementPayout {

    public static final String SOURCE_KIND = "MERCHANT_SETTLEMENT";
    static final String STATUS_ISSUED = "PAYMENTS_ISSUED";
    /** What the merchant's bank statement shows beside the end-to-end id, with the month. */
    static final String LABEL = "MERCHANT";
    private static final Logger LOG = Logger.getLogger(SettlementPayout.class);

    private static final String ROWS = """
            select l.merchant_id, l.settlement_bin, l.settlement_account, l.settlement_holder, l.net_vnd,
                coalesce((select sum(p.payable_vnd) from settlement_payout p where p.merchant_id = l.merchant_id
                    and p.outcome = 'CARRIED_FORWARD' and p.carried_to_batch is null and p.batch_id <> l.batch_id),
                    0)::bigint as carried_in
            from settlement_line l where l.batch_id = $1 order by l.merchant_id""";
    private static final String TAKE_CARRIES = """
            update settlement_payout p set carried_to_batch = $1
            from settlement_line l
            where l.batch_id = $1 and p.merchant_id = l.merchant_id and p.batch_id <> $1
                and p.outcome = 'CARRIED_FORWARD' and p.carried_to_batch is null""";
    private static final String INSERT_PAYOUTS = """
            insert into settlement_payout (batch_id, merchant_id, net_vnd, carried_in_vnd, payable_vnd, outcome,
                reason_code, payment_id)
            select $1, t.merchant_id, t.net, t.carried_in, t.net + t.carried_in, t.outcome, t.reason, t.payment_id
            from unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::bigint[])
                as t(merchant_id, net, carried_in, outcome, reason, payment_id)""";
    private static final String MARK_ISSUED = """
            update settlement_batch set status = $2, payments_count = $3, payments_vnd = $4, carried_in_vnd = $5,
                carried_out_vnd = $6
            where id = $1 and status = 'READY' returning *""";

    @Inject MerchantConfig config;
    @Inject PaymentIssuer issuer;
    @Inject AuditLog audit;

    /** Whether payments can be issued at all: the funding account is configured. */
    public boolean configured() {
        return config.settlementFundingAccount().isPresent();
    }

    /** Issues the batch's payments; answers the batch as now recorded. The batch must be READY and locked by the caller. */
    public Uni<SettlementBatch> issue(SqlConnection connection, SettlementBatch batch, String actor) {
        if (!"READY".equals(batch.status())) {
            throw new IllegalStateException("settlement batch " + batch.id() + " is " + batch.status() + ", not READY");
        }
        BankBin fundingBin = new BankBin(config.settlementFundingBin().orElse(config.acquirerBin()));
        AccountId fundingAccount = new AccountId(config.settlementFundingAccount().orElseThrow());
        return connection.preparedQuery(ROWS).execute(Tuple.of(batch.id())).chain(found -> {
            List<PayoutRow> rows = new ArrayList<>(found.rowCount());
            found.forEach(row -> rows.add(new PayoutRow(row.getLong("merchant_id"), row.getString("settlement_bin"),
                    row.getString("settlement_account"), row.getString("settlement_holder"), row.getLong("net_vnd"),
                    row.getLong("carried_in"))));
            List<PaymentOrder> orders = rows.stream().filter(row -> row.outcome() == PayoutOutcome.PAYMENT_ISSUED)
                    .map(row -> new PaymentOrder(row.merchantId(), fundingBin, fundingAccount,
                            new BankBin(row.settlementBin()), new AccountId(row.settlementAccount()),
                            row.settlementHolder(), row.payableVnd()))
                    .toList();
            PaymentSource source = new PaymentSource(SOURCE_KIND, batch.id());
            var label = new PaymentIssuer.Label(LABEL, YearMonth.from(batch.businessDate()));
            return issuer.issue(connection, source, label, orders, actor)
                    .chain(issued -> record(connection, batch, rows, issued, actor));
        });
    }

    private Uni<SettlementBatch> record(SqlConnection connection, SettlementBatch batch, List<PayoutRow> rows,
            List<IssuedPayment> issued, String actor) {
        PayoutBalance balance = PayoutBalance.of(rows);
        long issuedVnd = issued.stream().mapToLong(IssuedPayment::amountVnd).reduce(0L, Math::addExact);
        balance.require(batch, issued.size(), issuedVnd);
        Map<Long, Long> paymentByMerchant = new HashMap<>();
        issued.forEach(payment -> paymentByMerchant.put(payment.sourceLine(), payment.paymentId()));
        return connection.preparedQuery(TAKE_CARRIES).execute(Tuple.of(batch.id()))
                .chain(() -> connection.preparedQuery(INSERT_PAYOUTS).execute(payoutValues(batch, rows, paymentByMerchant)))
                .chain(() -> connection.preparedQuery(MARK_ISSUED).execute(Tuple.tuple().addLong(batch.id())
                        .addString(STATUS_ISSUED).addLong(balance.paymentsCount()).addLong(balance.paymentsVnd())
                        .addLong(balance.carriedInVnd()).addLong(balance.carriedOutVnd())))
                .map(updated -> {
                    if (updated.rowCount() != 1) {
                        throw new IllegalStateException("settlement batch " + batch.id() + " was not READY any more");
                    }
                    return Cutover.batchOf(updated.iterator().next());
                })
                .call(paid -> audit.append(connection, new AuditEvent(actor, "SETTLEMENT_PAYMENTS_ISSUED",
                        "settlement:" + batch.businessDate(), facts(batch, balance, issued))))
                .invoke(paid -> LOG.infof("settlement %s: %d payments, %,d VND; carried in %,d, carried out %,d VND",
                        batch.businessDate(), balance.paymentsCount(), balance.paymentsVnd(), balance.carriedInVnd(),
                        balance.carriedOutVnd()));
    }

    private static Tuple payoutValues(SettlementBatch batch, List<PayoutRow> rows, Map<Long, Long> paymentByMerchant) {
        int size = rows.size();
        var merchants = new Long[size];
        var nets = new Long[size];
        var carriedIn = new Long[size];
        var outcomes = new String[size];
        var reasons = new String[size];
        var payments = new Long[size];
        for (int i = 0; i < size; i++) {
            PayoutRow row = rows.get(i);
            merchants[i] = row.merchantId();
            nets[i] = row.netVnd();
            carriedIn[i] = row.carriedInVnd();
            outcomes[i] = row.outcome().name();
            reasons[i] = row.outcome().reasonCode();
            payments[i] = paymentByMerchant.get(row.merchantId()); // none for NOTHING_DUE and CARRIED_FORWARD
        }
        return Tuple.tuple().addLong(batch.id()).addArrayOfLong(merchants).addArrayOfLong(nets)
                .addArrayOfLong(carriedIn).addArrayOfString(outcomes).addArrayOfString(reasons)
                .addArrayOfLong(payments);
    }

    private static LinkedHashMap<String, Object> facts(SettlementBatch batch, PayoutBalance balance,
            List<IssuedPayment> issued) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("batchId", batch.id());
        facts.put("merchants", balance.merchants());
        facts.put("netVnd", balance.netVnd());
        facts.put("carriedInVnd", balance.carriedInVnd());
        facts.put("payments", balance.paymentsCount());
        facts.put("paymentsVnd", balance.paymentsVnd());
        facts.put("carriedOutVnd", balance.carriedOutVnd());
        facts.put("firstEndToEndId", issued.isEmpty() ? "" : issued.getFirst().endToEndId().value());
        facts.put("lastEndToEndId", issued.isEmpty() ? "" : issued.getLast().endToEndId().value());
        return facts;
    }
}
