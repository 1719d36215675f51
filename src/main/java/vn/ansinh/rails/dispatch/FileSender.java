package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ansinh.rails.bank.BankRails;
import vn.ansinh.rails.bank.FileUploadAnswer;
import vn.ansinh.rails.pain001.Pain001Totals;
import vn.ansinh.rails.party.BankBin;
import vn.ansinh.rails.xml.SchemaVerdict;

/**
 * A SEND_FILE row: declare the file from the database (count and sum), stream it to disk while it is validated
 * against the pain.001.001.10 XSD, upload it outside any transaction, then record the bank's answer
 * ({@link FileSentRecorder}).
 * After a crash the same declaration writes the same file under the same message id, and the bank, idempotent on
 * that id, answers with the reference it gave the first time.
 */
final class FileSender {

    private static final Logger LOG = Logger.getLogger(FileSender.class);

    private static final String DIRECTORY = "pain001";

    private final Pool pool;
    private final BankRails rails;
    private final DispatchConfig config;
    private final FileSentRecorder recorder;
    private final RowOutcomes outcomes;
    private final Path spool;

    FileSender(Pool pool, BankRails rails, DispatchConfig config, FileSentRecorder recorder, RowOutcomes outcomes,
            Path spool) {
        this.pool = pool;
        this.rails = rails;
        this.config = config;
        this.recorder = recorder;
        this.outcomes = outcomes;
        this.spool = spool;
    }

    void send(OutboxItem item) throws IOException {
        Optional<BankFile> declared = pool.withTransaction(sql -> declare(sql, item.requireRun(), item.requireBank()))
                .await().atMost(config.fileLease());
        if (declared.isEmpty()) {
            outcomes.finish(item, Optional.of("no CREATED file payments for this run and bank"));
            return;
        }
        BankFile file = declared.get();
        if (file.status() != BankFile.Status.WRITTEN) {
            outcomes.finish(item, Optional.of("file " + file.messageId() + " is already " + file.status()));
            return;
        }
        // Each step is timed in the log: a large file's hand-over is minutes of work an operator should see.
        long began = System.nanoTime();
        Path target = spool.resolve(file.fileName());
        Optional<RunFileWriter.Written> atRelease = writtenAtRelease(file, target);
        RunFileWriter.Written written = atRelease.isPresent() ? atRelease.get()
                : RunFileWriter.write(pool, file, target, config.paymentsPerPageMax(), config.lease());
        long wrote = System.nanoTime();
        if (written.verdict() instanceof SchemaVerdict.Invalid invalid) {
            recorder.invalid(item, file, String.join("; ", invalid.problems()));
            return;
        }
        FileUploadAnswer answer = rails.uploadFile(new BankBin(file.bankBin()), written.file(), written.bytes())
                .await().atMost(config.fileLease());
        long uploaded = System.nanoTime();
        switch (answer) {
            case FileUploadAnswer.Accepted accepted -> recorder.sent(item, file, accepted.fileRef(), written);
            case FileUploadAnswer.Refused refused -> recorder.refused(item, file, refused);
            case FileUploadAnswer.NoAnswer none -> outcomes.failed(item, "upload of " + file.messageId()
                    + " unanswered: " + none.why());
        }
        LOG.infof("%s: %d payments, %,d bytes; %s in %d ms, uploaded in %d ms, answer recorded in %d ms",
                file.messageId(), written.totals().numberOfTransactions(), written.bytes(),
                atRelease.isPresent() ? "written at release, digest checked" : "written and validated",
                millis(began, wrote), millis(wrote, uploaded), millis(uploaded, System.nanoTime()));
    }

    /**
     * The file as the release wrote it ({@link ReleaseFile}): there under its final name with the digest recorded on
     * the declaration, so it was written whole, validated, and is the declared file; otherwise empty.
     */
    private static Optional<RunFileWriter.Written> writtenAtRelease(BankFile file, Path target) throws IOException {
        if (file.sha256().isEmpty() || !Files.isRegularFile(target)) {
            return Optional.empty();
        }
        String found = RunFileWriter.sha256Of(target);
        if (!found.equals(file.sha256().get())) {
            LOG.warnf("%s on disk is not the file recorded at release (%s, not %s); writing it again",
                    file.messageId(), found, file.sha256().get());
            return Optional.empty();
        }
        return Optional.of(new RunFileWriter.Written(target, Files.size(target), found,
                new Pain001Totals(file.transactions(), file.controlSumVnd()), new SchemaVerdict.Valid()));
    }

    /** Where written pain.001 files are kept, under the dispatcher's spool; made if missing. */
    static Path directory(DispatchConfig config) {
        return OutboxDispatcher.spoolDirectory(config.spoolDir().resolve(DIRECTORY));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * The file's declaration: the one already made (checked against the database again, since a file written now
     * must hold what was declared then), or a new one from the database's count and sum; empty when there is nothing
     * to send.
     */
    static Uni<Optional<BankFile>> declare(SqlClient sql, long runId, String bankBin) {
        return BankFiles.find(sql, runId, bankBin).chain(found -> found.isPresent()
                ? stillAsDeclared(sql, found.get())
                : BankFiles.queueTotals(sql, runId, bankBin).chain(totals -> {
                    if (totals.payments() == 0) {
                        return Uni.createFrom().item(Optional.<BankFile>empty());
                    }
                    if (totals.debtorAccounts() != 1) {
                        return Uni.createFrom().failure(new IllegalStateException("the payments of one file are paid"
                                + " from one account; run " + runId + " has " + totals.debtorAccounts()));
                    }
                    return BankFiles.declare(sql, runId, bankBin, totals)
                            .chain(() -> BankFiles.find(sql, runId, bankBin));
                }));
    }

    private static Uni<Optional<BankFile>> stillAsDeclared(SqlClient sql, BankFile file) {
        if (file.status() != BankFile.Status.WRITTEN) {
            return Uni.createFrom().item(Optional.of(file));
        }
        return BankFiles.queueTotals(sql, file.runId(), file.bankBin()).chain(totals ->
                totals.payments() == file.transactions() && totals.vnd() == file.controlSumVnd()
                        ? Uni.createFrom().item(Optional.of(file))
                        : Uni.createFrom().failure(new IllegalStateException(file.messageId() + " declared "
                                + file.transactions() + " payments of " + file.controlSumVnd() + " VND; the database"
                                + " now holds " + totals.payments() + " of " + totals.vnd())));
    }
}
