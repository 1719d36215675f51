package vn.ansinh.payout.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code ansinh.payout.*}: the limits of a run and the pace of its background work. */
@ConfigMapping(prefix = "ansinh.payout")
public interface PayoutConfig {

    /**
     * Lines of one run, and enrolled beneficiaries of one program considered for it. Two million keeps the canonical
     * lines text hashed by PostgreSQL (about 80 bytes a line) far below its 1 GB value limit.
     */
    @WithDefault("2000000")
    int linesPerRunMax();

    /** Arrears lines in one create request. */
    @WithDefault("1000")
    int arrearsPerRunMax();

    /** Failed payments chosen for one re-issue run. */
    @WithDefault("10000")
    int reissuePaymentsMax();

    /** CCCDs read from the database and handed to the registry client at once (it splits them into its batches). */
    @WithDefault("20000")
    int registryCccdsPerPageMax();

    /** Payments written by one INSERT at release; the end-to-end ids of a chunk are computed in memory. */
    @WithDefault("20000")
    int paymentsPerInsertMax();

    /**
     * A release of at least this many payments refreshes the payment table's statistics before it commits. Until
     * autovacuum gets to it, PostgreSQL otherwise plans the dispatcher's reads of a just-released run for the table
     * as it was without the run: writing a million-payment pain.001 from the payments took 41 s instead of 11.
     */
    @WithDefault("10000")
    long statisticsRefreshPaymentsMin();

    /** Rows of one API page of lines, exclusions or corrections. */
    @WithDefault("1000")
    int pageRowsMax();

    /** Released runs examined per completion check. */
    @WithDefault("100")
    int completionRunsPerCheckMax();

    /**
     * How often released runs are checked for completion (read by the scheduler itself; {@code off} disables the
     * timer, as the tests do, so that they call {@link RunCompletion#completeIfDone} at the moment they choose).
     */
    @WithDefault("PT30S")
    String completionInterval();
}
