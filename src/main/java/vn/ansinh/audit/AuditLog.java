package vn.ansinh.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Appends to the audit chain inside the caller's transaction, so the entry and the change it records commit or
 * roll back together. Locking the head row serialises appenders; that is the price of a gapless, linked chain,
 * and why bulk steps record one entry per step (with counts and totals) rather than one per line.
 */
@ApplicationScoped
public class AuditLog {

    private static final String LOCK_HEAD = "select seq, hash from audit_head where id = 1 for update";
    private static final String INSERT = """
            insert into audit_entry (seq, recorded_at, actor, action, subject, payload, previous_hash, hash)
            values (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as jsonb), ?7, ?8)""";
    // The inner cast makes the driver send the payload as text; bound straight to jsonb it would become a JSON string.
    private static final String MOVE_HEAD = "update audit_head set seq = ?1, hash = ?2 where id = 1";
    private static final String INSERT_NUMBERED = """
            insert into audit_entry (seq, recorded_at, actor, action, subject, payload, previous_hash, hash)
            values ($1, $2, $3, $4, $5, cast(cast($6 as text) as jsonb), $7, $8)""";
    private static final String MOVE_HEAD_NUMBERED = "update audit_head set seq = $1, hash = $2 where id = 1";

    private final Clock clock;

    public AuditLog() {
        this(Clock.systemUTC());
    }

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Must be called inside {@code Panache.withTransaction}; refuses otherwise rather than audit outside it. */
    public Uni<AuditRecord> append(AuditEvent event) {
        return Panache.currentTransaction().chain(transaction -> {
            if (transaction == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "audit entries are written in the transaction of the change they record; none is open"));
            }
            return Panache.getSession().chain(session -> append(session, event));
        });
    }

    /**
     * The same, inside a transaction of the reactive SQL client (bulk paths). The caller must have begun the
     * transaction on {@code connection}; the lock on the head then lasts until it commits.
     */
    public Uni<AuditRecord> append(io.vertx.mutiny.sqlclient.SqlConnection connection, AuditEvent event) {
        if (connection.transaction() == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "audit entries are written in the transaction of the change they record; none is open"));
        }
        String payload = CanonicalJson.of(event.payload());
        Instant recordedAt = AuditHasher.storablePrecision(clock.instant());
        return connection.query(LOCK_HEAD).execute().chain(rows -> {
            var head = rows.iterator().next();
            long seq = head.getLong(0) + 1;
            String previousHash = head.getString(1);
            String hash = AuditHasher.hash(previousHash, AuditHasher.canonicalEntry(
                    seq, recordedAt, event.actor(), event.action(), event.subject(), payload));
            var record = new AuditRecord(seq, recordedAt, event.actor(), event.action(), event.subject(),
                    payload, previousHash, hash);
            var values = io.vertx.mutiny.sqlclient.Tuple.tuple().addLong(seq)
                    .addOffsetDateTime(recordedAt.atOffset(ZoneOffset.UTC)).addString(event.actor())
                    .addString(event.action()).addString(event.subject()).addString(payload)
                    .addString(previousHash).addString(hash);
            return connection.preparedQuery(INSERT_NUMBERED).execute(values)
                    .chain(() -> connection.preparedQuery(MOVE_HEAD_NUMBERED)
                            .execute(io.vertx.mutiny.sqlclient.Tuple.of(seq, hash)))
                    .replaceWith(record);
        });
    }

    private Uni<AuditRecord> append(Mutiny.Session session, AuditEvent event) {
        String payload = CanonicalJson.of(event.payload());
        Instant recordedAt = AuditHasher.storablePrecision(clock.instant());
        return session.createNativeQuery(LOCK_HEAD, Object[].class).getSingleResult().chain(head -> {
            long seq = ((Number) head[0]).longValue() + 1;
            String previousHash = (String) head[1];
            String hash = AuditHasher.hash(previousHash, AuditHasher.canonicalEntry(
                    seq, recordedAt, event.actor(), event.action(), event.subject(), payload));
            var record = new AuditRecord(seq, recordedAt, event.actor(), event.action(), event.subject(),
                    payload, previousHash, hash);
            return session.createNativeQuery(INSERT)
                    .setParameter(1, seq)
                    .setParameter(2, recordedAt.atOffset(ZoneOffset.UTC))
                    .setParameter(3, event.actor())
                    .setParameter(4, event.action())
                    .setParameter(5, event.subject())
                    .setParameter(6, payload)
                    .setParameter(7, previousHash)
                    .setParameter(8, hash)
                    .executeUpdate()
                    .chain(() -> session.createNativeQuery(MOVE_HEAD)
                            .setParameter(1, seq).setParameter(2, hash).executeUpdate())
                    .replaceWith(record);
        });
    }
}
