package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Ends of a file or notification row that are not the happy path, each in its own short transaction: finished
 * with a note, put back after a wait, or — after a failure — retried with backoff until its attempts are spent,
 * then given up with an audit entry so that an operator sees it.
 */
final class RowOutcomes {

    private static final Logger LOG = Logger.getLogger(RowOutcomes.class);

    private final Pool pool;
    private final Attempts attempts;
    private final DispatchAudit audit;
    private final Duration waitMax;

    RowOutcomes(Pool pool, Attempts attempts, DispatchAudit audit, Duration waitMax) {
        this.pool = pool;
        this.attempts = attempts;
        this.audit = audit;
        this.waitMax = waitMax;
    }

    void finish(OutboxItem item, Optional<String> note) {
        pool.withTransaction(sql -> Outbox.finish(sql, List.of(new Outbox.Finish(item, note))))
                .await().atMost(waitMax);
    }

    /** Back in the queue after {@code delay}: the bank answered usefully, so its attempts start again. */
    void again(OutboxItem item, Duration delay) {
        pool.withTransaction(sql -> Outbox.reschedule(sql,
                List.of(new Outbox.Reschedule(item, delay, Optional.empty(), true)))).await().atMost(waitMax);
    }

    /**
     * The row's attempt failed for {@code why}: retried after a backoff, or given up once attempts are spent. A
     * bank's notification row is never given up, since returns would then go unread: it is audited as stalled and
     * asked again at the longest backoff.
     */
    void failed(OutboxItem item, String why) {
        if (attempts.exhausted(item) && item.kind() == OutboxKind.POLL_NOTIFICATIONS) {
            stalled(item, why);
            return;
        }
        if (attempts.exhausted(item)) {
            giveUp(item, attempts.giveUp(item, why).note().orElse(why));
            return;
        }
        LOG.infof("%s failed, will retry: %s", item, why);
        pool.withTransaction(sql -> Outbox.reschedule(sql, List.of(attempts.retry(item, why))))
                .await().atMost(waitMax);
    }

    private void stalled(OutboxItem item, String why) {
        LOG.warnf("%s stalled: %s", item, why);
        Outbox.Reschedule later = new Outbox.Reschedule(item, attempts.backoff().maximum(), Optional.of(why), true);
        pool.withTransaction(sql -> Outbox.reschedule(sql, List.of(later)).chain(held -> held.isEmpty()
                ? Uni.createFrom().voidItem()
                : audit.append(sql, "NOTIFICATIONS_STALLED", "bank:" + item.bankBin().orElse(""), Map.of(
                        "attempts", (long) item.attempts(), "why", Outbox.cut(why),
                        "nextTryAfterMs", attempts.backoff().maximum().toMillis()))))
                .await().atMost(waitMax);
    }

    /** The row is done without its work: an operator must look, so it is audited. */
    void giveUp(OutboxItem item, String why) {
        LOG.warnf("%s given up: %s", item, why);
        pool.withTransaction(sql -> Outbox.finish(sql, List.of(new Outbox.Finish(item, Optional.of(why))))
                .chain(held -> held.isEmpty() ? Uni.createFrom().voidItem()
                        : audit.append(sql, "DISPATCH_GAVE_UP", "outbox:" + item.id(), Map.of(
                                "kind", item.kind().name(), "attempts", (long) item.attempts(),
                                "why", Outbox.cut(why), "run", item.runId().orElse(0L),
                                "bank", item.bankBin().orElse("")))))
                .await().atMost(waitMax);
    }
}
