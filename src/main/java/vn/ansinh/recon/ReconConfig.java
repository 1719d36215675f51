package vn.ansinh.recon;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code ansinh.recon.*}: where statements arrive, how large they may be, and how matching judges time. */
@ConfigMapping(prefix = "ansinh.recon")
public interface ReconConfig {

    /** A directory scanned on a timer for statement files (env ANSINH_RECON_DROP_DIR); none when unset. */
    Optional<Path> dropDir();

    /** How often the drop directory is scanned. */
    @WithDefault("PT30S")
    Duration dropScanInterval();

    /** Files taken from the drop directory in one scan; the rest wait for the next. */
    @WithDefault("100")
    int dropFilesPerScanMax();

    /** Largest statement file accepted, in bytes. */
    @WithDefault("536870912")
    long statementBytesMax();

    /** Statement lines written to the database in one statement. */
    @WithDefault("2000")
    int linesPerBatchMax();

    /** Statement lines one reconciliation may hold in memory for matching. */
    @WithDefault("1000000")
    int linesPerReconciliationMax();

    /** Widest date range of one reconciliation, in days. */
    @WithDefault("31")
    int rangeDaysMax();

    /** How long a payment handed to the bank may lack its bank entry before it is a break rather than LATE. */
    @WithDefault("P2D")
    Duration gracePeriod();

    /** Widest booking-date distance for an account-and-amount proposal. */
    @WithDefault("3")
    int proposalWindowDaysMax();

    /** Longest wait for one database step. */
    @WithDefault("PT120S")
    Duration databaseWaitMax();
}
