package vn.ansinh.rails.status;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;

/** Reads payments for the status API: a run's payments a page at a time, and one payment with its events. */
@ApplicationScoped
public class PaymentViews {

    /** The largest page the API answers. */
    public static final int PAGE_SIZE_MAX = 1000;

    private static final String COLUMNS = """
            end_to_end_id, run_id, line_no, state, reason_code, amount_vnd, rail, creditor_bin, creditor_account,
            bank_file_id, bank_reference, state_changed_at, id""";
    private static final String RUN_PAGE = "select " + COLUMNS + """
             from payment where run_id = $1 and line_no > $2 and ($3::text is null or state = $3)
            order by line_no limit $4""";
    private static final String ONE = "select " + COLUMNS + " from payment where end_to_end_id = $1";
    private static final String EVENTS = """
            select seq, at, from_state, to_state, reason_code, source, actor from payment_event
            where payment_id = $1 order by seq limit $2""";
    private static final String RUN_EXISTS = "select 1 from payout_run where id = $1";

    /** Events shown with one payment; a payment's life has a handful, so more is a loop to investigate. */
    static final int EVENTS_MAX = 1000;

    @Inject Pool pool;

    public Uni<RunPaymentsView> runPayments(long runId, Optional<String> state, long afterLine, int limit) {
        return requireRun(runId).chain(() -> pool.preparedQuery(RUN_PAGE)
                .execute(Tuple.of(runId, afterLine, state.orElse(null), limit)).map(rows -> {
                    List<PaymentView> page = new ArrayList<>(rows.rowCount());
                    rows.forEach(row -> page.add(view(row)));
                    Optional<Integer> next = page.size() == limit
                            ? page.getLast().lineNo() : Optional.empty();
                    return new RunPaymentsView(runId, state, page, next);
                }));
    }

    public Uni<PaymentWithEvents> payment(String endToEndId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(endToEndId)).chain(rows -> {
            if (rows.rowCount() == 0) {
                return Uni.createFrom().failure(DomainException.notFound("PAYMENT_NOT_FOUND",
                        "No payment has the end-to-end id " + endToEndId + "."));
            }
            Row row = rows.iterator().next();
            return pool.preparedQuery(EVENTS).execute(Tuple.of(row.getLong("id"), EVENTS_MAX)).map(events -> {
                List<EventView> list = new ArrayList<>(events.rowCount());
                events.forEach(event -> list.add(new EventView(event.getInteger("seq"),
                        event.getOffsetDateTime("at"), event.getString("from_state"), event.getString("to_state"),
                        Optional.ofNullable(event.getString("reason_code")), event.getString("source"),
                        event.getString("actor"))));
                return new PaymentWithEvents(view(row), list);
            });
        });
    }

    Uni<Void> requireRun(long runId) {
        return pool.preparedQuery(RUN_EXISTS).execute(Tuple.of(runId)).chain(rows -> rows.rowCount() == 1
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(DomainException.notFound("RUN_NOT_FOUND", "No payout run " + runId + ".")));
    }

    private static PaymentView view(Row row) {
        return new PaymentView(row.getString("end_to_end_id"), Optional.ofNullable(row.getLong("run_id")),
                Optional.ofNullable(row.getInteger("line_no")),
                row.getString("state"), Optional.ofNullable(row.getString("reason_code")), row.getLong("amount_vnd"),
                row.getString("rail"), row.getString("creditor_bin"),
                Masking.account(row.getString("creditor_account")), Optional.ofNullable(row.getString("bank_file_id")),
                Optional.ofNullable(row.getString("bank_reference")), row.getOffsetDateTime("state_changed_at"));
    }
}
