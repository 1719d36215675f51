package vn.ansinh.rails.lifecycle;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ansinh.rails.state.PaymentEvent;
import vn.ansinh.rails.state.PaymentState;
import vn.ansinh.rails.state.PaymentStateMachine;
import vn.ansinh.rails.state.Transition;

/**
 * Payments in and out of PostgreSQL for the lifecycle: rows are read under their row locks (in id order, so two
 * workers never deadlock), the batch is decided in Java by {@link Decisions}, and written back with one UPDATE …
 * FROM unnest and one INSERT of events, checked against the number of changes decided. Must run inside the
 * caller's transaction.
 */
public final class PaymentBook {

    private static final Logger LOG = Logger.getLogger(PaymentBook.class);

    static final String COLUMNS = """
            id, end_to_end_id, run_id, program_code, period, debtor_bin, debtor_account, creditor_bin,
            creditor_account, creditor_name, amount_vnd, rail, state, reason_code""";
    private static final String LOCK_BY_IDS = "select " + COLUMNS
            + " from payment where id = any($1) order by id for update";
    private static final String LOCK_BY_END_TO_END_IDS = "select " + COLUMNS
            + " from payment where end_to_end_id = any($1) order by id for update";
    // A range of the run's key, not "the next N after", for the reason RunFileWriter gives.
    private static final String LOCK_FILE_PENDING_LINES = "select " + COLUMNS + """
             from payment where run_id = $1 and line_no > $4 and line_no <= $5
                and debtor_bin = $2 and rail = 'FILE' and bank_file_id = $3 and state in ('SENT', 'ACCEPTED', 'UNKNOWN')
            order by line_no for update""";
    // A file is handed over whole, so its payments move whole: one statement, not a page of snapshots at a time.
    private static final String FILE_SENT = """
            with moved as (
                update payment p set state = $4, reason_code = null, bank_file_id = $3, state_changed_at = now()
                where p.run_id = $1 and p.debtor_bin = $2 and p.rail = 'FILE' and p.state = $5
                returning p.id, p.amount_vnd
            ), events as (
                insert into payment_event (payment_id, seq, from_state, to_state, source, actor)
                select m.id, coalesce((select max(e.seq) from payment_event e where e.payment_id = m.id), 0) + 1,
                    $5, $4, $6, $7
                from moved m
                returning 1
            )
            select (select count(*) from moved), (select coalesce(sum(amount_vnd), 0) from moved)::bigint,
                (select count(*) from events)""";
    private static final String SENDS_SO_FAR = """
            select payment_id, count(*) from payment_event
            where payment_id = any($1) and from_state = 'CREATED' and to_state = 'SENT' group by payment_id""";

    private PaymentBook() {
    }

    public static Uni<Map<Long, PaymentSnapshot>> lockByIds(SqlClient sql, Collection<Long> ids) {
        return sql.preparedQuery(LOCK_BY_IDS).execute(Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, PaymentSnapshot> byId = new LinkedHashMap<>();
            rows.forEach(row -> byId.put(row.getLong("id"), snapshot(row)));
            return byId;
        });
    }

    public static Uni<Map<String, PaymentSnapshot>> lockByEndToEndIds(SqlClient sql, Collection<String> ids) {
        return sql.preparedQuery(LOCK_BY_END_TO_END_IDS).execute(Tuple.of(ids.toArray(String[]::new))).map(rows -> {
            Map<String, PaymentSnapshot> byId = new LinkedHashMap<>();
            rows.forEach(row -> byId.put(row.getString("end_to_end_id"), snapshot(row)));
            return byId;
        });
    }

    /**
     * A sent file's payments still waiting for the bank's word among lines (afterLineNo, throughLineNo] of its run,
     * locked, in line order; a range may hold none.
     */
    public static Uni<List<PaymentSnapshot>> lockFilePendingLines(SqlClient sql, long runId, String debtorBin,
            String fileRef, int afterLineNo, int throughLineNo) {
        return sql.preparedQuery(LOCK_FILE_PENDING_LINES)
                .execute(Tuple.tuple().addLong(runId).addString(debtorBin).addString(fileRef).addInteger(afterLineNo)
                        .addInteger(throughLineNo))
                .map(PaymentBook::snapshots);
    }

    /**
     * Every CREATED file payment of a run for one paying bank goes to SENT under the bank's file reference, with
     * its event, in one statement; answers {payments, vnd} moved. The move is the state machine's, asked once: the
     * same for every payment, since all are CREATED. Must run under the bank file's lock, in the caller's transaction.
     */
    public static Uni<long[]> markFileSent(SqlClient sql, long runId, String debtorBin, String fileRef,
            String source, String actor) {
        PaymentState from = PaymentState.CREATED;
        if (!(PaymentStateMachine.transition(from, new PaymentEvent.Sent()) instanceof Transition.Moved moved)) {
            throw new IllegalStateException("the state machine no longer moves CREATED payments on sending");
        }
        return sql.preparedQuery(FILE_SENT).execute(Tuple.tuple().addLong(runId).addString(debtorBin)
                .addString(fileRef).addString(PaymentStates.name(moved.to())).addString(PaymentStates.name(from))
                .addString(source).addString(actor)).map(rows -> {
                    Row row = rows.iterator().next();
                    long payments = row.getLong(0), vnd = row.getLong(1), events = row.getLong(2);
                    if (payments != events) {
                        throw new IllegalStateException("moved " + payments + " payments but wrote " + events
                                + " events");
                    }
                    return new long[] {payments, vnd};
                });
    }

    /** How many times each payment went from CREATED to SENT: each is one hand-over to its bank. */
    public static Uni<Map<Long, Long>> sendsSoFar(SqlClient sql, Collection<Long> ids) {
        return sql.preparedQuery(SENDS_SO_FAR).execute(Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Long> sends = new LinkedHashMap<>();
            rows.forEach(row -> sends.put(row.getLong(0), row.getLong(1)));
            return sends;
        });
    }

    /** Writes every change and refusal of the batch; fails, and so rolls back, if a payment was not as decided. */
    public static Uni<Void> write(SqlClient sql, Decisions decisions, String actor) {
        decisions.refusals().forEach(refusal -> LOG.warnf("refused %s for %s in state %s (%s): %s", refusal.event(),
                refusal.endToEndId(), refusal.state(), refusal.kind(), refusal.why()));
        return ChangeWriter.write(sql, decisions.changes(), actor)
                .chain(() -> ChangeWriter.writeRefusals(sql, decisions.refusals()));
    }

    private static List<PaymentSnapshot> snapshots(RowSet<Row> rows) {
        List<PaymentSnapshot> page = new ArrayList<>(rows.rowCount());
        rows.forEach(row -> page.add(snapshot(row)));
        return page;
    }

    static PaymentSnapshot snapshot(Row row) {
        return new PaymentSnapshot(row.getLong("id"), row.getString("end_to_end_id"),
                Optional.ofNullable(row.getLong("run_id")),
                row.getString("program_code"), row.getString("period"), row.getString("debtor_bin"),
                row.getString("debtor_account"), row.getString("creditor_bin"), row.getString("creditor_account"),
                row.getString("creditor_name"), row.getLong("amount_vnd"),
                PaymentSnapshot.Rail.valueOf(row.getString("rail")),
                PaymentStates.of(row.getString("state"), Optional.ofNullable(row.getString("reason_code"))));
    }
}
