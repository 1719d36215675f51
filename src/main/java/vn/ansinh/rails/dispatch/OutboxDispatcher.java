package vn.ansinh.rails.dispatch;

import io.vertx.mutiny.sqlclient.Pool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.rails.bank.BankRails;

/**
 * One worker of the outbox. A turn claims due rows and leases them in a short transaction (marking instant payments
 * SENT before their call), calls the banks outside any transaction, and records the answers in another. Engines
 * sharing a database each run workers like this one: SKIP LOCKED shares the rows, and a worker that dies between a
 * call and its record leaves a lease that expires, after which the payment is asked about by its end-to-end id.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final Pool pool;
    private final DispatchConfig config;
    private final InstantWork instant;
    private final InstantRecorder instantRecorder;
    private final FileSender files;
    private final FilePoller filePolls;
    private final NotificationReader notifications;
    private final RowOutcomes outcomes;
    private final int instantRowsPerClaim;

    public OutboxDispatcher(Pool pool, BankRails rails, AuditLog auditLog, DispatchConfig config, String worker) {
        DispatchLimits.check(config);
        this.pool = pool;
        this.config = config;
        this.instantRowsPerClaim = DispatchLimits.instantRowsPerClaim(config);
        DispatchAudit audit = new DispatchAudit(auditLog, worker);
        Backoff backoff = new Backoff(config.backoffInitial(), config.backoffMax());
        Attempts attempts = new Attempts(config.attemptsMax(), backoff);
        Path filesWritten = FileSender.directory(config);
        Path reports = spoolDirectory(config.spoolDir().resolve("reports"));
        this.outcomes = new RowOutcomes(pool, attempts, audit, config.lease());
        this.instant = new InstantWork(rails, config, audit);
        this.instantRecorder = new InstantRecorder(config, attempts, audit);
        this.files = new FileSender(pool, rails, config, new FileSentRecorder(pool, config, audit), outcomes,
                filesWritten);
        this.filePolls = new FilePoller(pool, rails, config, new StatusReportApplier(pool, config, audit), outcomes,
                reports);
        this.notifications = new NotificationReader(pool, rails, config, audit, outcomes, reports);
    }

    /** One turn; answers how many rows it claimed, so that zero means nothing was due. */
    public int turn() {
        Claimed claimed = pool.withTransaction(sql -> Outbox.claim(sql, OutboxKind.CALL_WORK,
                        instantRowsPerClaim, config.lease())
                .chain(calls -> Outbox.claim(sql, OutboxKind.FILE_WORK, config.filesPerClaimMax(), config.fileLease())
                        .map(fileRows -> concat(calls, fileRows)))
                .chain(items -> instant.prepare(sql, instantRows(items)).map(prepared -> new Claimed(items, prepared))))
                .await().atMost(config.lease());
        if (!claimed.calls().isEmpty()) {
            callAndRecord(claimed.calls());
        }
        for (OutboxItem item : claimed.items()) {
            work(item);
        }
        return claimed.items().size();
    }

    private void callAndRecord(List<InstantWork.Call> calls) {
        try {
            List<InstantWork.Answered> answered = instant.call(calls).await().atMost(config.lease());
            pool.withTransaction(sql -> instantRecorder.record(sql, answered)).await().atMost(config.lease());
        } catch (RuntimeException failure) {
            // The payments stay SENT under leases that expire; the next claim asks the bank about each of them.
            LOG.errorf(failure, "%d instant answers not recorded", calls.size());
        }
    }

    /** Turns until nothing is due or {@code turnsMax} turns ran; answers the rows claimed in all. */
    public int runUntilIdle(int turnsMax) {
        int claimed = 0;
        for (int turn = 0; turn < turnsMax; turn++) {
            int rows = turn();
            if (rows == 0) {
                break;
            }
            claimed += rows;
        }
        return claimed;
    }

    /** Rows that are whole pieces of work on their own: files, reports, notifications. */
    private void work(OutboxItem item) {
        try {
            switch (item.kind()) {
                case SEND_FILE -> files.send(item);
                case POLL_FILE -> filePolls.poll(item);
                case POLL_NOTIFICATIONS -> notifications.read(item);
                case SEND_INSTANT, QUERY_INSTANT -> {
                    // Done with the turn's instant calls.
                }
            }
        } catch (FileSentRecorder.LeaseLost lost) {
            LOG.infof("%s: %s", item, lost.getMessage());
        } catch (IOException | RuntimeException failure) {
            LOG.warnf(failure, "%s failed", item);
            failedQuietly(item, failure);
        }
    }

    private void failedQuietly(OutboxItem item, Exception failure) {
        try {
            outcomes.failed(item, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        } catch (RuntimeException unrecorded) {
            // The lease will expire and the row will be tried again; nothing is lost.
            LOG.errorf(unrecorded, "%s: the failure could not be recorded", item);
        }
    }

    private static List<OutboxItem> instantRows(List<OutboxItem> items) {
        return items.stream().filter(item -> item.kind() == OutboxKind.SEND_INSTANT
                || item.kind() == OutboxKind.QUERY_INSTANT).toList();
    }

    private static List<OutboxItem> concat(List<OutboxItem> first, List<OutboxItem> second) {
        List<OutboxItem> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A directory of the dispatcher's spool, made if missing. */
    static Path spoolDirectory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the dispatcher's spool " + path, failure);
        }
    }

    private record Claimed(List<OutboxItem> items, List<InstantWork.Call> calls) {
    }
}
