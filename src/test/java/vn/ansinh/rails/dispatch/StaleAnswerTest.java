package vn.ansinh.rails.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.rails.bank.InstantAnswer;

/**
 * A worker whose calls outlive its lease learns an answer about a row another worker has taken meanwhile. Written
 * step by step, with the answers given by the test, so that the order of the two workers is the one that used to
 * strand a payment: the old holder's "never received" moved it back to CREATED with no row left to send it.
 */
@QuarkusTest
class StaleAnswerTest {

    @Inject Pool pool;
    @Inject AuditLog auditLog;
    @Inject DispatchConfig config;

    /**
     * Proves that an answer learnt under a lost lease is set aside, that the payment keeps the state the new holder
     * sees, and that once a holder learns the bank never received the id, the payment is queued to be sent again.
     */
    @Test
    void anAnswerUnderALostLeaseIsSetAsideAndThePaymentIsStillSent() {
        PayoutFixture.Payment payment = PayoutFixture.release("INSTANT", PayoutFixture.payees(1), 310_000)
                .payments().getFirst();
        DispatchAudit audit = new DispatchAudit(auditLog, "stale-answer-test");
        // No call is made here: every answer is the test's.
        InstantWork work = new InstantWork(null, config, audit);
        InstantRecorder recorder = new InstantRecorder(config,
                new Attempts(config.attemptsMax(), new Backoff(config.backoffInitial(), config.backoffMax())), audit);

        InstantWork.Call send = claim(work, openRow(payment.id(), "SEND_INSTANT"));
        record(recorder, send, new InstantAnswer.NoAnswer("read timed out"));
        assertEquals("UNKNOWN", PayoutFixture.state(payment.id()));

        long query = openRow(payment.id(), "QUERY_INSTANT");
        InstantWork.Call askedByOld = claim(work, query);
        expire(query);
        InstantWork.Call askedByNew = claim(work, query);
        record(recorder, askedByOld, new InstantAnswer.NotReceived());
        assertEquals("UNKNOWN", PayoutFixture.state(payment.id()), "an answer under a lost lease moved the payment");

        record(recorder, askedByNew, new InstantAnswer.NoAnswer("read timed out"));
        expire(query);
        InstantWork.Call askedAgain = claim(work, query);
        record(recorder, askedAgain, new InstantAnswer.NotReceived());
        assertEquals("CREATED", PayoutFixture.state(payment.id()));
        assertEquals(1L, count("""
                select count(*) from outbox
                where payment_id = $1 and kind = 'SEND_INSTANT' and done_at is null""", payment.id()),
                "a payment the bank never received waits for no row");
        assertEquals(1L, PayoutFixture.handOvers(payment.id()));
    }

    /** Claims one row as a turn would (a lease, an attempt), and prepares its call; it must lead to a call. */
    private InstantWork.Call claim(InstantWork work, long rowId) {
        List<InstantWork.Call> calls = pool.withTransaction(sql -> sql.preparedQuery("""
                        update outbox set not_before = now() + $2 * interval '1 millisecond', attempts = attempts + 1
                        where id = $1 and done_at is null
                        returning id, kind, payment_id, attempts, not_before""")
                .execute(Tuple.of(rowId, config.lease().toMillis()))
                .chain(rows -> {
                    Row row = rows.iterator().next();
                    OutboxItem item = new OutboxItem(row.getLong("id"), OutboxKind.valueOf(row.getString("kind")),
                            Optional.of(row.getLong("payment_id")), Optional.empty(), Optional.empty(),
                            row.getInteger("attempts"), row.getOffsetDateTime("not_before"));
                    return work.prepare(sql, List.of(item));
                })).await().indefinitely();
        assertEquals(1, calls.size(), "row " + rowId + " led to no call");
        return calls.getFirst();
    }

    private void record(InstantRecorder recorder, InstantWork.Call call, InstantAnswer answer) {
        pool.withTransaction(sql -> recorder.record(sql, List.of(new InstantWork.Answered(call, answer))))
                .await().indefinitely();
    }

    /** The row's lease runs out: due again, and no longer held under the lease it was claimed with. */
    private void expire(long rowId) {
        pool.preparedQuery("update outbox set not_before = now() - interval '1 millisecond' where id = $1")
                .execute(Tuple.of(rowId)).await().indefinitely();
    }

    private long openRow(long paymentId, String kind) {
        long id = count("select max(id) from outbox where payment_id = $1 and kind = '" + kind
                + "' and done_at is null", paymentId);
        assertTrue(id > 0, "no open " + kind + " row for payment " + paymentId);
        return id;
    }

    private long count(String sql, long paymentId) {
        Long value = pool.preparedQuery(sql).execute(Tuple.of(paymentId)).await().indefinitely()
                .iterator().next().getLong(0);
        return value == null ? 0 : value;
    }
}
