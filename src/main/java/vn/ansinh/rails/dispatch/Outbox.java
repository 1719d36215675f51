package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * V3's outbox as the dispatcher uses it. Rows are claimed with FOR UPDATE SKIP LOCKED and leased by pushing
 * {@code not_before} past the call. Every write that finishes or reschedules rows is fenced by the lease each was
 * claimed under and answers the rows it still held; follow-up work is added only for those.
 */
final class Outbox {

    /** The last error kept on a row: enough to read, never a whole response body. */
    static final int ERROR_LENGTH_MAX = 500;

    private static final String CLAIM = """
            with due as (
                select id from outbox
                where done_at is null and not_before <= now() and kind = any($1)
                order by id limit $2
                for update skip locked)
            update outbox o set not_before = now() + $3 * interval '1 millisecond', attempts = o.attempts + 1
            from due where o.id = due.id
            returning o.id, o.kind, o.payment_id, o.run_id, o.bank_bin, o.attempts, o.not_before""";
    /*
     * The fence every write after a claim goes through: a row is still held by the claim that took it while its
     * not_before is the lease end that claim set (t.lease_until). Once the lease runs out another claim may take the
     * row, and sets a later one.
     */
    private static final String STILL_HELD = "o.id = t.id and o.not_before = t.lease_until and o.done_at is null";
    private static final String FINISH = """
            update outbox o set done_at = now(), last_error = t.note
            from unnest($1::bigint[], $2::timestamptz[], $3::text[]) as t(id, lease_until, note)
            where %s
            returning o.id""".formatted(STILL_HELD);
    /*
     * Locks the rows still held under the leases they were claimed with, in id order. A claim waiting on none of them
     * (SKIP LOCKED) and a holder locking outbox rows before payments keep this free of lock cycles.
     */
    private static final String LOCK_HELD = """
            select o.id from outbox o, unnest($1::bigint[], $2::timestamptz[]) as t(id, lease_until)
            where %s
            order by o.id
            for update of o""".formatted(STILL_HELD);
    private static final String RESCHEDULE = """
            update outbox o set not_before = now() + t.delay_ms * interval '1 millisecond', last_error = t.error,
                attempts = case when t.reset then 0 else o.attempts end
            from unnest($1::bigint[], $2::timestamptz[], $3::bigint[], $4::text[], $5::boolean[])
                as t(id, lease_until, delay_ms, error, reset)
            where %s
            returning o.id""".formatted(STILL_HELD);
    private static final String ADD = """
            insert into outbox (kind, payment_id, run_id, bank_bin, not_before)
            select $1::text, t.payment_id, $2::bigint, $3::text, now() + $4 * interval '1 millisecond'
            from unnest($5::bigint[]) as t(payment_id)""";

    /** A row done, with a note when it ended without doing its work (given up, refused). */
    record Finish(OutboxItem item, Optional<String> note) {
        static Finish done(OutboxItem item) {
            return new Finish(item, Optional.empty());
        }
    }

    /** A row back in the queue after {@code delay}; a useful answer starts its attempts again. */
    record Reschedule(OutboxItem item, Duration delay, Optional<String> error, boolean resetAttempts) {
    }

    private Outbox() {
    }

    /** Claims up to {@code limit} due rows of the given kinds and leases them for {@code lease}. */
    static Uni<List<OutboxItem>> claim(SqlClient sql, List<OutboxKind> kinds, int limit, Duration lease) {
        String[] names = kinds.stream().map(Enum::name).toArray(String[]::new);
        return sql.preparedQuery(CLAIM).execute(Tuple.of(names, limit, lease.toMillis())).map(rows -> {
            List<OutboxItem> items = new ArrayList<>(rows.rowCount());
            rows.forEach(row -> items.add(item(row)));
            items.sort((left, right) -> Long.compare(left.id(), right.id()));
            return items;
        });
    }

    /**
     * Locks the rows whose leases are still held and answers their ids. Called before acting on what a slow call
     * learnt: a row whose lease ran out belongs to the worker that took it, which asks the bank again, so acting here
     * too would let an old answer overwrite a newer one.
     */
    static Uni<Set<Long>> lockHeld(SqlClient sql, List<OutboxItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        Long[] id = items.stream().map(OutboxItem::id).toArray(Long[]::new);
        OffsetDateTime[] lease = items.stream().map(OutboxItem::leaseUntil).toArray(OffsetDateTime[]::new);
        return sql.preparedQuery(LOCK_HELD).execute(Tuple.tuple().addArrayOfLong(id).addArrayOfOffsetDateTime(lease))
                .map(Outbox::ids);
    }

    /** Marks rows done; answers the ids whose lease was still held (the others were taken by another worker). */
    static Uni<Set<Long>> finish(SqlClient sql, List<Finish> finishes) {
        if (finishes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        int n = finishes.size();
        Long[] id = new Long[n];
        OffsetDateTime[] lease = new OffsetDateTime[n];
        String[] note = new String[n];
        for (int i = 0; i < n; i++) {
            id[i] = finishes.get(i).item().id();
            lease[i] = finishes.get(i).item().leaseUntil();
            note[i] = finishes.get(i).note().map(Outbox::cut).orElse(null);
        }
        return sql.preparedQuery(FINISH).execute(Tuple.tuple().addArrayOfLong(id).addArrayOfOffsetDateTime(lease)
                .addArrayOfString(note)).map(Outbox::ids);
    }

    static Uni<Set<Long>> reschedule(SqlClient sql, List<Reschedule> reschedules) {
        if (reschedules.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        int n = reschedules.size();
        Long[] id = new Long[n];
        Long[] delay = new Long[n];
        OffsetDateTime[] lease = new OffsetDateTime[n];
        String[] error = new String[n];
        Boolean[] reset = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Reschedule reschedule = reschedules.get(i);
            id[i] = reschedule.item().id();
            lease[i] = reschedule.item().leaseUntil();
            delay[i] = reschedule.delay().toMillis();
            error[i] = reschedule.error().map(Outbox::cut).orElse(null);
            reset[i] = reschedule.resetAttempts();
        }
        return sql.preparedQuery(RESCHEDULE).execute(Tuple.tuple().addArrayOfLong(id).addArrayOfOffsetDateTime(lease)
                .addArrayOfLong(delay).addArrayOfString(error).addArrayOfBoolean(reset)).map(Outbox::ids);
    }

    /** Adds one row per payment, due after {@code delay}. */
    static Uni<Void> addForPayments(SqlClient sql, OutboxKind kind, List<Long> paymentIds, Duration delay) {
        if (paymentIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery(ADD).execute(Tuple.tuple().addString(kind.name()).addLong(null).addString(null)
                .addLong(delay.toMillis()).addArrayOfLong(paymentIds.toArray(Long[]::new))).replaceWithVoid();
    }

    /** Adds one row for a run and a paying bank, due after {@code delay}. */
    static Uni<Void> addForRun(SqlClient sql, OutboxKind kind, long runId, String bankBin, Duration delay) {
        return sql.preparedQuery(ADD).execute(Tuple.tuple().addString(kind.name()).addLong(runId)
                .addString(bankBin).addLong(delay.toMillis()).addArrayOfLong(new Long[] {null})).replaceWithVoid();
    }

    static String cut(String text) {
        return text.length() <= ERROR_LENGTH_MAX ? text : text.substring(0, ERROR_LENGTH_MAX);
    }

    private static Set<Long> ids(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        Set<Long> held = new HashSet<>();
        rows.forEach(row -> held.add(row.getLong(0)));
        return held;
    }

    private static OutboxItem item(Row row) {
        return new OutboxItem(row.getLong("id"), OutboxKind.valueOf(row.getString("kind")),
                Optional.ofNullable(row.getLong("payment_id")), Optional.ofNullable(row.getLong("run_id")),
                Optional.ofNullable(row.getString("bank_bin")), row.getInteger("attempts"),
                row.getOffsetDateTime("not_before"));
    }
}
