package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import vn.ansinh.banking.Bank;
import vn.ansinh.banking.BankDirectory;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.DuplicateInFile;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;
import vn.ansinh.beneficiary.intake.RowChecks;
import vn.ansinh.beneficiary.intake.RowProblem;
import vn.ansinh.beneficiary.intake.read.Intake;

/**
 * Reads an accepted list row by row on a reader thread, checks each row locally, and hands chunks to the
 * verifier and the store, with at most {@code chunksInFlightMax} chunks between reading and stored, so memory
 * does not grow with the file. A list read again after a stop skips the rows already stored.
 */
@ApplicationScoped
public class ListProcessor {

    private static final Logger LOG = Logger.getLogger(ListProcessor.class);
    private static final Duration DATABASE_WAIT_MAX = Duration.ofSeconds(60);

    @Inject IntakeConfig config;
    @Inject BeneficiaryLists lists;
    @Inject ListRowStore store;
    @Inject CandidateVerifier verifier;
    @Inject ListFinalizer finalizer;
    @Inject Pool pool;

    private final RowChecks rowChecks = RowChecks.standard();
    private final BankDirectory directory = BankDirectory.standard();
    private final Set<Long> reading = ConcurrentHashMap.newKeySet();
    private ExecutorService readers;

    static Path spoolFile(Path spoolDir, long listId) {
        return spoolDir.resolve(listId + ".list");
    }

    /** Starts reading the list unless this engine is reading it already. */
    public void start(long listId) {
        if (!reading.add(listId)) return;
        executor().execute(() -> {
            try {
                read(listId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "list %d could not be processed", listId);
                lists.failed(listId, "PROCESSING_FAILED", "the list could not be processed; it is logged")
                        .await().atMost(DATABASE_WAIT_MAX);
            } finally {
                reading.remove(listId);
            }
        });
    }

    public boolean isReading(long listId) {
        return reading.contains(listId);
    }

    private synchronized ExecutorService executor() {
        if (readers == null) readers = Executors.newFixedThreadPool(config.readersMax(), Thread.ofPlatform()
                .name("list-reader-", 0).daemon(true).factory());
        return readers;
    }

    private void read(long listId) {
        var list = lists.find(listId).await().atMost(DATABASE_WAIT_MAX).orElseThrow();
        var stored = storedRows(listId);
        var duplicates = new DuplicateInFile(Math.max(1, list.rowsTotal()));
        var slots = new Semaphore(config.chunksInFlightMax());
        var failure = new AtomicReference<Throwable>();
        var limits = IntakeLimits.defaults();
        var chunk = new ArrayList<Staged>(config.chunkRowsMax());
        pool.withTransaction(connection -> lists.readerAlive(connection, listId)).await().atMost(DATABASE_WAIT_MAX);
        try (var reader = Intake.open(spoolFile(config.spoolDir(), listId), list.fileName(), limits,
                LocalDate.now(IntakeService.VIETNAM))) {
            for (var next = reader.next(); next.isPresent() && failure.get() == null; next = reader.next()) {
                var row = next.get();
                var problems = new ArrayList<>(rowChecks.check(row));
                duplicates.check(row).ifPresent(problems::add);
                if (stored.get(Math.toIntExact(row.rowNumber()))) continue;
                chunk.add(new Staged(row, directory.find(row.bank()).map(Bank::bin), problems));
                if (chunk.size() == config.chunkRowsMax()) {
                    submit(listId, List.copyOf(chunk), slots, failure);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty() && failure.get() == null) submit(listId, List.copyOf(chunk), slots, failure);
            slots.acquireUninterruptibly(config.chunksInFlightMax());
        } catch (IntakeFileException | java.io.IOException e) {
            // The file passed the same reading at upload; failing now means the spool was changed or lost.
            failure.compareAndSet(null, e);
        }
        if (failure.get() != null) {
            LOG.errorf(failure.get(), "list %d stopped", listId);
            lists.failed(listId, "PROCESSING_FAILED", "processing stopped; the cause is logged").await().atMost(DATABASE_WAIT_MAX);
            return;
        }
        lists.readingDone(listId).await().atMost(DATABASE_WAIT_MAX);
        // Closing a million-row list takes a while; the reader does not wait for it, and if it fails the resumer
        // closes the list on its next round.
        finalizer.finishIfDone(listId).subscribe().with(closed -> { },
                error -> LOG.errorf(error, "list %d could not be closed yet; it will be tried again", listId));
    }

    /** A row read and checked locally, with the BIN of its bank when the bank is known. */
    record Staged(BeneficiaryRow row, java.util.Optional<String> bin, List<RowProblem> localProblems) {}

    private void submit(long listId, List<Staged> rows, Semaphore slots, AtomicReference<Throwable> failure) {
        slots.acquireUninterruptibly();
        process(listId, rows).subscribe().with(done -> slots.release(), error -> {
            failure.compareAndSet(null, error);
            slots.release();
        });
    }

    Uni<OutcomeCounts> process(long listId, List<Staged> rows) {
        var candidates = new ArrayList<Candidate>();
        for (var staged : rows) {
            if (staged.localProblems().isEmpty()) {
                var row = staged.row();
                candidates.add(new Candidate(row.rowNumber(), row.fullName(), row.cccd(), row.dateOfBirth().orElseThrow(),
                        row.gender().orElseThrow(), staged.bin().orElseThrow(), row.accountNumber()));
            }
        }
        return verifier.verify(candidates).chain(remote -> {
            var listed = new ArrayList<ListedRow>(rows.size());
            for (var staged : rows) {
                var verdict = staged.localProblems().isEmpty() ? remote.get(staged.row().rowNumber())
                        : Verdict.local(staged.localProblems());
                listed.add(new ListedRow(staged.row(), staged.bin(), verdict));
            }
            return pool.withTransaction(connection -> store.insert(connection, listId, listed)
                    .call(() -> lists.readerAlive(connection, listId)));
        });
    }

    private BitSet storedRows(long listId) {
        var stored = new BitSet();
        pool.preparedQuery("select row_number from list_row where list_id = $1").execute(Tuple.of(listId))
                .await().atMost(DATABASE_WAIT_MAX)
                .forEach(row -> stored.set(Math.toIntExact(row.getLong(0))));
        return stored;
    }

    @PreDestroy
    void stop() {
        if (readers != null) readers.shutdownNow();
    }
}
