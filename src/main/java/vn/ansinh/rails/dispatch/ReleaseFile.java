package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import vn.ansinh.rails.xml.SchemaVerdict;

/**
 * A file-rail run's pain.001, written while its release stores the payments. Storing a million payments keeps one
 * database backend busy for half a minute while the engine waits; writing and validating the file keeps the engine
 * busy for ten seconds while the database has little to do. Done one after the other they added up; here they
 * overlap, so the file is ready when the release commits.
 *
 * <p>The release declares the file in its own transaction (the same declaration the dispatcher would make: the
 * run's count and sum, one paying account) and this writes it from the run's lines, which are committed and frozen
 * since submission, with the end-to-end ids the payments get: the same bytes the dispatcher would write from the
 * payments. Before the release commits, the file's digest is recorded on the declaration; after, the file takes its
 * final name. The dispatcher sends a file it finds under that name only when its digest is the one recorded, and
 * otherwise writes it again from the payments (another engine, a crash between commit and rename, a file that could
 * not be written or was invalid): this saves time, it is never needed for correctness.
 */
@ApplicationScoped
public class ReleaseFile {

    private static final Logger LOG = Logger.getLogger(ReleaseFile.class);
    private static final String WHILE_RELEASING = ".release";

    @Inject Pool pool;
    @Inject DispatchConfig config;

    private Path directory;

    /** A file being written for a release: its declaration and, when done, what was written (if anything). */
    public static final class Started {
        /** A release with no file to write (another rail, or no lines): finishing and publishing it do nothing. */
        public static final Started NO_FILE = new Started(null, CompletableFuture.completedFuture(Optional.empty()));

        private final BankFile file;
        private final CompletableFuture<Optional<RunFileWriter.Written>> written;

        private Started(BankFile file, CompletableFuture<Optional<RunFileWriter.Written>> written) {
            this.file = file;
            this.written = written;
        }
    }

    @PostConstruct
    void createDirectory() {
        directory = FileSender.directory(config);
    }

    /**
     * Declares the run's file in the release's transaction and starts writing it on a thread of its own; a release
     * of any size returns from this at once.
     */
    public Uni<Started> start(SqlConnection release, long runId, String bankBin, String debtorAccount, long payments,
            long vnd) {
        return BankFiles.declare(release, runId, bankBin, new BankFiles.QueueTotals(payments, vnd, 1))
                .chain(() -> BankFiles.find(release, runId, bankBin))
                .map(found -> {
                    // No payment holds the paying account yet (the dispatcher reads it from them); the release knows it.
                    BankFile file = found.orElseThrow(() -> new IllegalStateException("run " + runId
                            + ": the file declared in this transaction is not there")).withDebtorAccount(debtorAccount);
                    var written = new CompletableFuture<Optional<RunFileWriter.Written>>();
                    Thread.ofVirtual().name("release-file-" + runId).start(() -> written.complete(write(file)));
                    return new Started(file, written);
                });
    }

    /**
     * Waits for the file and, when it was written and is valid, records its digest in the release's transaction;
     * a file that could not be written is left to the dispatcher, and the release goes on.
     */
    public Uni<Started> finish(SqlConnection release, Started started) {
        return Uni.createFrom().completionStage(started.written).chain(written -> written.isEmpty()
                ? Uni.createFrom().item(started)
                : BankFiles.recordWritten(release, started.file, written.get().sha256()).map(recorded -> {
                    if (!recorded) {
                        throw new IllegalStateException(started.file.messageId() + " left WRITTEN in this transaction");
                    }
                    return started;
                }));
    }

    /** After the release committed: a file written for it takes the name the dispatcher looks for. */
    public void publish(Started started) {
        started.written.join().ifPresent(written -> {
            try {
                Files.move(written.file(), directory.resolve(started.file.fileName()),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException failure) {
                LOG.warnf(failure, "%s: written at release but not renamed; the dispatcher writes it again",
                        started.file.messageId());
            }
        });
    }

    /** The release rolled back: whatever was written for its run goes (a writer still running may leave one more). */
    public void discard(long runId) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory,
                BankFile.messageIdFor(runId, "*") + BankFile.FILE_SUFFIX + WHILE_RELEASING + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException failure) {
            LOG.warnf(failure, "run %d: files written for a release that rolled back were not all removed", runId);
        }
    }

    private Optional<RunFileWriter.Written> write(BankFile file) {
        long began = System.nanoTime();
        try {
            Path target = directory.resolve(file.fileName() + WHILE_RELEASING);
            RunFileWriter.Written written = RunFileWriter.writeFromLines(pool, file, target,
                    config.paymentsPerPageMax(), config.fileLease());
            if (written.verdict() instanceof SchemaVerdict.Invalid invalid) {
                Files.deleteIfExists(target);
                LOG.warnf("%s written at release fails its schema, so the dispatcher writes it and records why: %s",
                        file.messageId(), String.join("; ", invalid.problems()));
                return Optional.empty();
            }
            LOG.infof("%s: %d payments, %,d bytes; written and validated at release in %d ms", file.messageId(),
                    written.totals().numberOfTransactions(), written.bytes(), (System.nanoTime() - began) / 1_000_000);
            return Optional.of(written);
        } catch (IOException | RuntimeException failure) {
            LOG.warnf(failure, "%s could not be written at release; the dispatcher writes it", file.messageId());
            return Optional.empty();
        }
    }

}
