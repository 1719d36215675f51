package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentBook;
import vn.ansinh.rails.pain002.Pain002Reader;
import vn.ansinh.rails.pain002.Pain002Summary;
import vn.ansinh.rails.pain002.StatusReportItem;
import vn.ansinh.rails.reason.ReasonCode;

/**
 * Applies a downloaded pain.002 to its file's payments while streaming it: transaction statuses are applied in
 * batches, one transaction and one audit entry each; a file rejected at group (or payment-information) level
 * rejects every payment still waiting, with the group's reason. Then the file is closed and the row finished.
 * Reading again after a crash only repeats what is already known, which the state machine counts as stale.
 */
final class StatusReportApplier {

    private static final String UNANSWERED = """
            select count(*) from payment where run_id = $1 and debtor_bin = $2 and bank_file_id = $3
                and state in ('SENT', 'UNKNOWN')""";

    private final Pool pool;
    private final DispatchConfig config;
    private final DispatchAudit audit;

    StatusReportApplier(Pool pool, DispatchConfig config, DispatchAudit audit) {
        this.pool = pool;
        this.config = config;
        this.audit = audit;
    }

    void apply(OutboxItem item, BankFile file, Path report) throws IOException {
        StatusReportReading reading = new StatusReportReading(file, config.paymentsPerPageMax(),
                batch -> applyBatch(file, batch));
        Pain002Summary summary;
        try (InputStream input = Files.newInputStream(report)) {
            summary = Pain002Reader.read(input, reading);
        }
        reading.flush();
        reading.rejection().ifPresent(reason -> rejectWaiting(file, reason));
        close(item, file, summary, reading.rejection());
    }

    private void applyBatch(BankFile file, List<StatusReportItem.TransactionStatus> batch) {
        List<String> ids = batch.stream().flatMap(status -> status.originalEndToEndId().stream()).distinct().toList();
        pool.withTransaction(sql -> PaymentBook.lockByEndToEndIds(sql, ids).chain(payments -> {
            Decisions decisions = new Decisions(batch.size());
            batch.forEach(status -> ReportSteps.fileStatus(decisions, file.runId(), file.bankBin(), payments, status,
                    file.statusSource()));
            return PaymentBook.write(sql, decisions, audit.eventActor())
                    .chain(() -> audit.append(sql, "BANK_FILE_STATUSES_APPLIED", "bank-file:" + file.id(),
                            withCount(decisions, "statuses", batch.size())));
        })).await().atMost(config.fileLease());
    }

    /** Every payment of the file still waiting for the bank's word is rejected, a range of lines per transaction. */
    private void rejectWaiting(BankFile file, ReasonCode reason) {
        int pageSize = config.paymentsPerPageMax();
        for (int after = 0; after < file.runLines(); after += pageSize) {
            int from = after;
            int through = Math.min(file.runLines(), after + pageSize);
            pool.withTransaction(sql -> PaymentBook.lockFilePendingLines(sql, file.runId(), file.bankBin(),
                    file.fileRef().orElseThrow(), from, through).call(found -> {
                        Decisions decisions = new Decisions(pageSize);
                        found.forEach(payment -> ReportSteps.fileRejected(decisions, payment, reason,
                                file.statusSource()));
                        return found.isEmpty() ? Uni.createFrom().voidItem()
                                : PaymentBook.write(sql, decisions, audit.eventActor()).chain(() -> audit.append(sql,
                                        "BANK_FILE_REJECTED", "bank-file:" + file.id(),
                                        withCount(decisions, "reason", reason.value())));
                    })).await().atMost(config.fileLease());
        }
    }

    private void close(OutboxItem item, BankFile file, Pain002Summary summary, Optional<ReasonCode> rejection) {
        BankFile.Status closed = rejection.isPresent() ? BankFile.Status.REJECTED : BankFile.Status.ACKNOWLEDGED;
        pool.withTransaction(sql -> sql.preparedQuery(UNANSWERED)
                .execute(Tuple.of(file.runId(), file.bankBin(), file.fileRef().orElseThrow()))
                .map(rows -> rows.iterator().next().getLong(0))
                .call(() -> BankFiles.mark(sql, file, BankFile.Status.SENT, closed))
                .call(() -> Outbox.finish(sql, List.of(Outbox.Finish.done(item))))
                .chain(unanswered -> audit.append(sql, "BANK_FILE_REPORT_READ", "bank-file:" + file.id(),
                        Map.of("messageId", file.messageId(), "statuses", summary.transactionStatuses(),
                                "fileStatus", closed.name(), "groupReason", rejection.map(ReasonCode::value).orElse(""),
                                "unanswered", unanswered))))
                .await().atMost(config.lease());
    }

    private Map<String, Object> withCount(Decisions decisions, String key, Object value) {
        Map<String, Object> facts = new LinkedHashMap<>(decisions.auditFacts(config.refusedIdsPerAuditMax()));
        facts.put(key, value instanceof Integer count ? (long) count : value);
        return facts;
    }
}
