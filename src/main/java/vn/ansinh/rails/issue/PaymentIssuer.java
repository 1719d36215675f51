package vn.ansinh.rails.issue;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.rails.id.EndToEndId;

/**
 * The rails' port for any room that pays, other than payout runs: in the caller's transaction, each order becomes
 * one payment in state CREATED under a fresh end-to-end id (the ASQ form, from {@code payment_end_to_end_seq}), its
 * CREATED event and a SEND_INSTANT outbox row; the dispatcher then sends, queries and follows it to a final state
 * exactly as it does a run's payment. It sends nothing itself.
 *
 * <p>Only the instant rail: bulk pain.001 files are made per payout run and paying bank, and a source of this kind
 * has no run. The unique index {@code payment_by_source} refuses a second issue of the same source line, so a
 * retried caller can never pay twice. Both sides of the boundary are checked: what was written is read back and
 * must equal the orders in count and amount.
 */
@ApplicationScoped
public class PaymentIssuer {

    /** The label banks show beside the end-to-end id, as a program code is for runs. */
    public record Label(String code, YearMonth period) {
        public Label {
            if (code == null || !code.matches("[A-Z][A-Z0-9_-]{0,19}") || period == null) {
                throw new IllegalArgumentException("a payment label is an UPPER code of 1..20 and a period");
            }
        }
    }

    static final String FROM_NOTHING = "NONE";

    private static final String IDS = "select nextval('payment_end_to_end_seq') from generate_series(1, $1)";
    private static final String PAYMENTS = """
            insert into payment (end_to_end_id, source_kind, source_id, source_line, program_code, period, debtor_bin,
                debtor_account, creditor_bin, creditor_account, creditor_name, amount_vnd, rail, state)
            select t.e2e, $1, $2, t.line, $3, $4, t.debtor_bin, t.debtor_account, t.creditor_bin, t.creditor_account,
                t.creditor_name, t.amount, 'INSTANT', 'CREATED'
            from unnest($5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                $12::bigint[]) as t(line, e2e, debtor_bin, debtor_account, creditor_bin, creditor_account,
                creditor_name, amount)
            returning id, source_line, end_to_end_id, amount_vnd""";
    private static final String EVENTS = """
            insert into payment_event (payment_id, seq, from_state, to_state, source, actor)
            select id, 1, $2, 'CREATED', $3, $4 from unnest($1::bigint[]) as t(id)""";
    private static final String SEND_INSTANT = """
            insert into outbox (kind, payment_id, bank_bin)
            select 'SEND_INSTANT', p.id, p.debtor_bin from payment p where p.id = any($1) order by p.id""";
    private static final String READ_BACK = """
            select count(*), coalesce(sum(amount_vnd), 0)::bigint,
                (select count(*) from outbox o join payment q on q.id = o.payment_id
                 where q.source_kind = $1 and q.source_id = $2 and o.kind = 'SEND_INSTANT')
            from payment where source_kind = $1 and source_id = $2""";

    @Inject IssueConfig config;

    /** Writes one payment per order; answers them in the orders' order. Fails, so the caller rolls back, if any check fails. */
    public Uni<List<IssuedPayment>> issue(SqlConnection connection, PaymentSource source, Label label,
            List<PaymentOrder> orders, String actor) {
        if (orders.size() > config.ordersPerSourceMax()) {
            throw new IllegalArgumentException(source.subject() + " asks for " + orders.size()
                    + " payments; at most " + config.ordersPerSourceMax() + " per source");
        }
        long ordered = orders.stream().mapToLong(PaymentOrder::amountVnd).reduce(0L, Math::addExact);
        return chunk(connection, source, label, orders, 0, new ArrayList<>(orders.size()), actor)
                .call(issued -> readBack(connection, source, orders.size(), ordered));
    }

    private Uni<List<IssuedPayment>> chunk(SqlConnection connection, PaymentSource source, Label label,
            List<PaymentOrder> orders, int from, List<IssuedPayment> issued, String actor) {
        if (from >= orders.size()) return Uni.createFrom().item(issued);
        List<PaymentOrder> part = orders.subList(from, Math.min(orders.size(), from + config.paymentsPerInsertMax()));
        return connection.preparedQuery(IDS).execute(Tuple.of(part.size())).chain(values -> {
            var ids = new ArrayList<String>(part.size());
            values.forEach(row -> ids.add(EndToEndId.forSequence(row.getLong(0)).value()));
            return connection.preparedQuery(PAYMENTS).execute(insertValues(source, label, part, ids));
        }).chain(rows -> {
            var paymentIds = new Long[rows.rowCount()];
            int i = 0;
            for (var row : rows) {
                paymentIds[i++] = row.getLong("id");
                issued.add(new IssuedPayment(row.getLong("source_line"), row.getLong("id"),
                        new EndToEndId(row.getString("end_to_end_id")), row.getLong("amount_vnd")));
            }
            return connection.preparedQuery(EVENTS).execute(Tuple.of(paymentIds, FROM_NOTHING,
                            source.subject() + ":issue", actor))
                    .chain(() -> connection.preparedQuery(SEND_INSTANT).execute(Tuple.of((Object) paymentIds)));
        }).chain(() -> chunk(connection, source, label, orders, from + part.size(), issued, actor));
    }

    private static Tuple insertValues(PaymentSource source, Label label, List<PaymentOrder> part, List<String> ids) {
        int size = part.size();
        var lines = new Long[size];
        var debtorBins = new String[size];
        var debtorAccounts = new String[size];
        var creditorBins = new String[size];
        var creditorAccounts = new String[size];
        var creditorNames = new String[size];
        var amounts = new Long[size];
        for (int i = 0; i < size; i++) {
            PaymentOrder order = part.get(i);
            lines[i] = order.sourceLine();
            debtorBins[i] = order.debtorBin().digits();
            debtorAccounts[i] = order.debtorAccount().value();
            creditorBins[i] = order.creditorBin().digits();
            creditorAccounts[i] = order.creditorAccount().value();
            creditorNames[i] = order.creditorName();
            amounts[i] = order.amountVnd();
        }
        return Tuple.tuple().addString(source.kind()).addLong(source.id()).addString(label.code())
                .addString(label.period().toString()).addArrayOfLong(lines).addArrayOfString(ids.toArray(String[]::new))
                .addArrayOfString(debtorBins).addArrayOfString(debtorAccounts).addArrayOfString(creditorBins)
                .addArrayOfString(creditorAccounts).addArrayOfString(creditorNames).addArrayOfLong(amounts);
    }

    /** The other side of the boundary: the source's payments as stored, one outbox row each. */
    private static Uni<Void> readBack(SqlConnection connection, PaymentSource source, long count, long amountVnd) {
        return connection.preparedQuery(READ_BACK).execute(Tuple.of(source.kind(), source.id())).invoke(rows -> {
            var row = rows.iterator().next();
            if (row.getLong(0) != count || row.getLong(1) != amountVnd || row.getLong(2) != count) {
                throw new IllegalStateException(source.subject() + ": stored " + row.getLong(0) + " payments, "
                        + row.getLong(1) + " VND, " + row.getLong(2) + " outbox rows; ordered " + count + ", "
                        + amountVnd + " VND");
            }
        }).replaceWithVoid();
    }
}
