package vn.ansinh.recon.statement;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.ReconConfig;

/**
 * Statement files dropped in {@code ansinh.recon.drop-dir} (by a bank's SFTP, say) are taken in on a timer. A file
 * stored, or already stored before, moves to {@code processed/}; a refused one to {@code refused/} with a
 * {@code .reason.txt} beside it; a file that met a failure of ours (database down) stays for the next scan. Writers
 * should write under a name starting with a dot or ending in .part or .tmp and rename when done.
 */
@ApplicationScoped
public class DropDirectory {

    private static final Logger LOG = Logger.getLogger(DropDirectory.class);
    static final String PROCESSED = "processed";
    static final String REFUSED = "refused";

    @Inject StatementIntake intake;
    @Inject ReconConfig config;

    @Scheduled(every = "${ansinh.recon.drop-scan-interval:PT30S}", delayed = "PT1S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        config.dropDir().ifPresent(directory -> {
            try {
                Files.createDirectories(directory);
                waiting(directory).forEach(file -> take(directory, file));
            } catch (IOException failure) {
                LOG.errorf("statement drop directory %s cannot be read: %s", directory, failure.getMessage());
            }
        });
    }

    private List<Path> waiting(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> ready(file.getFileName().toString())).sorted()
                    .limit(config.dropFilesPerScanMax()).toList();
        }
    }

    static boolean ready(String name) {
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp")
                && !name.endsWith(".reason.txt");
    }

    private void take(Path directory, Path file) {
        String name = file.getFileName().toString();
        try {
            var stored = intake.accept(file, name, Uploader.dropDirectory());
            LOG.infof("statement file %s taken in as %d with %d lines", name, stored.id(), stored.lines());
            moveAside(directory.resolve(PROCESSED), file, null);
        } catch (DomainException refused) {
            boolean seenBefore = "DUPLICATE_STATEMENT_FILE".equals(refused.code());
            LOG.infof("statement file %s %s: %s", name, seenBefore ? "was already stored" : "refused", refused.code());
            moveAside(directory.resolve(seenBefore ? PROCESSED : REFUSED), file,
                    seenBefore ? null : refused.code() + ": " + refused.detail() + "\n");
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "statement file %s left for the next scan", name);
        }
    }

    private static void moveAside(Path target, Path file, String reason) {
        try {
            Files.createDirectories(target);
            Path destination = target.resolve(file.getFileName());
            for (int copy = 1; Files.exists(destination); copy++) {
                destination = target.resolve(file.getFileName() + "." + copy);
            }
            Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
            if (reason != null) {
                Files.writeString(target.resolve(destination.getFileName() + ".reason.txt"), reason,
                        StandardCharsets.UTF_8);
            }
        } catch (IOException failure) {
            LOG.errorf("statement file %s could not be moved to %s: %s", file.getFileName(), target,
                    failure.getMessage());
        }
    }
}
