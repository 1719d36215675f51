package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.rails.bank.FileUploadAnswer;
import vn.ansinh.rails.lifecycle.PaymentBook;

/**
 * Records what a bank said to an uploaded file, in one transaction. Accepted: the bank_file row goes WRITTEN → SENT
 * with the bank's reference, the file's payments go CREATED → SENT in one statement,
 * and the moved count and sum must equal the declaration or nothing is kept; a POLL_FILE row follows. Refused: the file
 * is marked REJECTED and its payments stay CREATED for an operator.
 */
final class FileSentRecorder {

    /** The recording lost its lease to another worker, which records the same answer; this one rolls back. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(OutboxItem item) {
            super(item + " was taken by another worker", null, false, false);
        }
    }

    private final Pool pool;
    private final DispatchConfig config;
    private final DispatchAudit audit;

    FileSentRecorder(Pool pool, DispatchConfig config, DispatchAudit audit) {
        this.pool = pool;
        this.config = config;
        this.audit = audit;
    }

    void sent(OutboxItem item, BankFile file, String fileRef, RunFileWriter.Written written) {
        pool.withTransaction(sql -> BankFiles.lock(sql, file.runId(), file.bankBin()).chain(found -> {
            BankFile locked = found.orElseThrow(() -> new IllegalStateException(file.messageId() + " vanished"));
            if (locked.status() != BankFile.Status.WRITTEN) {
                return Outbox.finish(sql, List.of(new Outbox.Finish(item, Optional.of("already " + locked.status()))))
                        .replaceWithVoid();
            }
            return BankFiles.markSent(sql, locked, fileRef, written.sha256())
                    .invoke(marked -> requireTrue(marked, locked.messageId() + " left WRITTEN under our lock"))
                    .chain(() -> PaymentBook.markFileSent(sql, locked.runId(), locked.bankBin(), fileRef,
                            "pain001:" + locked.messageId(), audit.eventActor()))
                    .invoke(moved -> requireDeclared(locked, moved))
                    .chain(() -> Outbox.finish(sql, List.of(Outbox.Finish.done(item))))
                    .invoke(held -> {
                        if (held.isEmpty()) {
                            throw new LeaseLost(item);
                        }
                    })
                    .chain(() -> Outbox.addForRun(sql, OutboxKind.POLL_FILE, locked.runId(), locked.bankBin(),
                            config.fileStatusInterval()))
                    .chain(() -> NotificationWatch.ensure(sql, List.of(locked.bankBin()),
                            config.notificationsInterval()))
                    .chain(() -> audit.append(sql, "BANK_FILE_SENT", "bank-file:" + locked.id(),
                            facts(locked, fileRef, written)));
        })).await().atMost(config.fileLease());
    }

    void refused(OutboxItem item, BankFile file, FileUploadAnswer.Refused refused) {
        String why = "bank refused " + file.messageId() + ": " + refused.code() + " " + refused.detail();
        pool.withTransaction(sql -> BankFiles.mark(sql, file, BankFile.Status.WRITTEN, BankFile.Status.REJECTED)
                .chain(() -> Outbox.finish(sql, List.of(new Outbox.Finish(item, Optional.of(why)))))
                .chain(() -> audit.append(sql, "BANK_FILE_REFUSED", "bank-file:" + file.id(), Map.of(
                        "messageId", file.messageId(), "code", refused.code(), "detail", Outbox.cut(refused.detail()),
                        "payments", file.transactions(), "vnd", file.controlSumVnd()))))
                .await().atMost(config.lease());
    }

    /** The engine wrote a file its bank's schema refuses: a defect to fix, never a file to send. */
    void invalid(OutboxItem item, BankFile file, String problems) {
        String why = file.messageId() + " fails the pain.001.001.10 schema: " + problems;
        pool.withTransaction(sql -> Outbox.finish(sql, List.of(new Outbox.Finish(item, Optional.of(why))))
                .chain(() -> audit.append(sql, "BANK_FILE_INVALID", "bank-file:" + file.id(),
                        Map.of("messageId", file.messageId(), "problems", Outbox.cut(problems)))))
                .await().atMost(config.lease());
    }

    private static void requireTrue(boolean condition, String why) {
        if (!condition) {
            throw new IllegalStateException(why);
        }
    }

    private static void requireDeclared(BankFile file, long[] moved) {
        if (moved[0] != file.transactions() || moved[1] != file.controlSumVnd()) {
            throw new IllegalStateException(file.messageId() + " declared " + file.transactions() + " payments of "
                    + file.controlSumVnd() + " VND; " + moved[0] + " of " + moved[1] + " were CREATED to mark SENT");
        }
    }

    private static Map<String, Object> facts(BankFile file, String fileRef, RunFileWriter.Written written) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("messageId", file.messageId());
        facts.put("fileRef", fileRef);
        facts.put("run", file.runId());
        facts.put("bank", file.bankBin());
        facts.put("payments", written.totals().numberOfTransactions());
        facts.put("vnd", written.totals().controlSumVnd());
        facts.put("sha256", written.sha256());
        facts.put("bytes", written.bytes());
        return facts;
    }
}
