package vn.ansinh.rails.dispatch;

import io.vertx.mutiny.sqlclient.Pool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.ansinh.rails.bank.BankRails;
import vn.ansinh.rails.bank.FileStatusAnswer;
import vn.ansinh.rails.party.BankBin;

/**
 * A POLL_FILE row: asks the paying bank for a sent file's status report. Still processing: ask again after the
 * interval, up to the longest wait. Ready: the pain.002 is downloaded to the spool and applied as a stream
 * ({@link StatusReportApplier}), then deleted.
 */
final class FilePoller {

    private final Pool pool;
    private final BankRails rails;
    private final DispatchConfig config;
    private final StatusReportApplier applier;
    private final RowOutcomes outcomes;
    private final Path reports;

    FilePoller(Pool pool, BankRails rails, DispatchConfig config, StatusReportApplier applier, RowOutcomes outcomes,
            Path reports) {
        this.pool = pool;
        this.rails = rails;
        this.config = config;
        this.applier = applier;
        this.outcomes = outcomes;
        this.reports = reports;
    }

    void poll(OutboxItem item) throws IOException {
        Optional<BankFile> found = BankFiles.find(pool, item.requireRun(), item.requireBank())
                .await().atMost(config.lease());
        if (found.isEmpty() || found.get().status() != BankFile.Status.SENT || found.get().fileRef().isEmpty()) {
            outcomes.finish(item, Optional.of("no sent file to ask about"));
            return;
        }
        BankFile file = found.get();
        Path report = reports.resolve("pain002-" + file.id() + "-" + item.id() + ".xml");
        try {
            FileStatusAnswer answer = rails.fileStatus(new BankBin(file.bankBin()), file.fileRef().get(), report)
                    .await().atMost(config.fileLease());
            switch (answer) {
                case FileStatusAnswer.Processing _ -> processing(item, file);
                case FileStatusAnswer.Ready ready -> applier.apply(item, file, ready.report());
                case FileStatusAnswer.UnknownFile _ -> outcomes.failed(item, "the bank does not know file "
                        + file.fileRef().get());
                case FileStatusAnswer.NoAnswer none -> outcomes.failed(item, "status of " + file.messageId()
                        + " unanswered: " + none.why());
            }
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private void processing(OutboxItem item, BankFile file) {
        if (OffsetDateTime.now().isAfter(file.declaredAt().plus(config.fileStatusWaitMax()))) {
            outcomes.giveUp(item, file.messageId() + " still processing after " + config.fileStatusWaitMax());
            return;
        }
        outcomes.again(item, config.fileStatusInterval());
    }
}
