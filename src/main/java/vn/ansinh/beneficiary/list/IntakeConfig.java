package vn.ansinh.beneficiary.list;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** {@code ansinh.intake.*}: where accepted files wait, and how much of a list is in flight at once. */
@ConfigMapping(prefix = "ansinh.intake")
public interface IntakeConfig {

    /** Accepted files are kept here, named by list id, until and after their rows are processed. */
    @WithDefault(".run/spool")
    Path spoolDir();

    /** Rows verified and stored together. */
    @WithDefault("2000")
    int chunkRowsMax();

    /** Chunks of one list between reading and stored; bounds memory per list. */
    @WithDefault("4")
    int chunksInFlightMax();

    /** Lists read at the same time. */
    @WithDefault("2")
    int readersMax();

    /** How often PENDING rows are tried again. */
    @WithDefault("PT2S")
    Duration resumeInterval();

    /** PENDING rows claimed per list per try. */
    @WithDefault("2000")
    int resumeRowsMax();

    /**
     * Closing a list of at least this many rows first refreshes the planner's statistics of the list's rows (see
     * {@link ListFinalizer}), and enrolling at least this many verified rows those of the program's people (see
     * {@link Enrolment}); smaller lists close fast whatever plan they get.
     */
    @WithDefault("5000")
    long statisticsRefreshRowsMin();

    /** A list whose reader has not reported for this long is read again from where it stopped. */
    @WithDefault("PT60S")
    Duration readerSilenceMax();
}
