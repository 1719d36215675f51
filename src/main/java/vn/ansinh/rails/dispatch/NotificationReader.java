package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.rails.bank.BankRails;
import vn.ansinh.rails.bank.NotificationsAnswer;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentBook;
import vn.ansinh.rails.party.BankBin;

/**
 * A POLL_NOTIFICATIONS row, one per paying bank, rescheduled forever: reads the bank's camt.054 notifications after
 * the stored cursor, a page at a time, and in one transaction per page marks returned payments RETURNED and moves
 * the cursor to the page's last sequence. The cursor is compared under its lock first, so a page is applied once.
 */
final class NotificationReader {

    private static final String CURSOR = """
            insert into notification_cursor (bank_bin) values ($1) on conflict (bank_bin) do nothing""";
    private static final String READ_CURSOR = "select last_seq from notification_cursor where bank_bin = $1";
    private static final String LOCK_CURSOR = READ_CURSOR + " for update";
    private static final String MOVE_CURSOR = """
            update notification_cursor set last_seq = $2, read_at = now() where bank_bin = $1 and last_seq = $3""";

    private final Pool pool;
    private final BankRails rails;
    private final DispatchConfig config;
    private final DispatchAudit audit;
    private final RowOutcomes outcomes;
    private final Path reports;

    NotificationReader(Pool pool, BankRails rails, DispatchConfig config, DispatchAudit audit, RowOutcomes outcomes,
            Path reports) {
        this.pool = pool;
        this.rails = rails;
        this.config = config;
        this.audit = audit;
        this.outcomes = outcomes;
        this.reports = reports;
    }

    void read(OutboxItem item) throws IOException {
        String bankBin = item.requireBank();
        for (int page = 0; page < config.notificationPagesPerTurnMax(); page++) {
            long cursor = cursor(bankBin);
            Path document = reports.resolve("camt054-" + bankBin + "-" + cursor + "-" + item.id() + ".xml");
            try {
                NotificationsAnswer answer = rails.notifications(new BankBin(bankBin), cursor, document)
                        .await().atMost(config.lease());
                switch (answer) {
                    case NotificationsAnswer.None _ -> {
                        outcomes.again(item, config.notificationsInterval());
                        return;
                    }
                    case NotificationsAnswer.NoAnswer none -> {
                        outcomes.failed(item, "notifications of " + bankBin + " unanswered: " + none.why());
                        return;
                    }
                    case NotificationsAnswer.Page found -> {
                        apply(bankBin, cursor, read(found, cursor));
                        if (found.lastPage()) {
                            outcomes.again(item, config.notificationsInterval());
                            return;
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(document);
            }
        }
        outcomes.again(item, Duration.ZERO);
    }

    private NotificationPageReader.ReturnPage read(NotificationsAnswer.Page page, long cursor) throws IOException {
        try (InputStream input = Files.newInputStream(page.document())) {
            return NotificationPageReader.read(input, cursor, page.lastSequence(), config.notificationsPerPageMax());
        }
    }

    private long cursor(String bankBin) {
        return pool.preparedQuery(CURSOR).execute(Tuple.of(bankBin))
                .chain(() -> pool.preparedQuery(READ_CURSOR).execute(Tuple.of(bankBin)))
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(config.lease());
    }

    /** Applies a page's returns and moves the cursor past it, together; a cursor moved by another worker wins. */
    private void apply(String bankBin, long cursor, NotificationPageReader.ReturnPage page) {
        List<String> ids = page.returns().stream().map(ReturnNotice::endToEndId).distinct().toList();
        pool.withTransaction(sql -> sql.preparedQuery(LOCK_CURSOR).execute(Tuple.of(bankBin)).chain(rows -> {
            if (rows.iterator().next().getLong(0) != cursor) {
                return Uni.createFrom().voidItem();
            }
            return PaymentBook.lockByEndToEndIds(sql, ids).chain(payments -> {
                Decisions decisions = new Decisions(Math.max(1, page.returns().size()));
                page.returns().forEach(notice -> ReportSteps.returned(decisions, bankBin, payments, notice,
                        "camt054:NTF-" + bankBin + "-" + notice.sequence()));
                return PaymentBook.write(sql, decisions, audit.eventActor())
                        .chain(() -> sql.preparedQuery(MOVE_CURSOR).execute(Tuple.of(bankBin, page.lastSequence(),
                                cursor)))
                        .chain(() -> audit.append(sql, "RETURNS_READ", "bank:" + bankBin, facts(decisions, page)));
            });
        })).await().atMost(config.lease());
    }

    private Map<String, Object> facts(Decisions decisions, NotificationPageReader.ReturnPage page) {
        Map<String, Object> facts = new LinkedHashMap<>(decisions.auditFacts(config.refusedIdsPerAuditMax()));
        facts.put("fromSequence", page.firstSequence());
        facts.put("toSequence", page.lastSequence());
        facts.put("notifications", page.notifications());
        facts.put("returns", (long) page.returns().size());
        facts.put("otherEntries", page.otherEntries());
        return facts;
    }
}
