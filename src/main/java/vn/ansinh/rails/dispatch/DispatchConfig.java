package vn.ansinh.rails.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import vn.ansinh.platform.remote.CounterpartyConfig;

/**
 * {@code ansinh.dispatch.*}: how the outbox is worked. Every batch, lease, attempt, wait and page has its limit here;
 * {@link DispatchLimits} checks them once at start, so a wrong value stops the engine rather than a payment.
 */
@ConfigMapping(prefix = "ansinh.dispatch")
public interface DispatchConfig {

    /** Whether this engine works the outbox on its timer. Tests turn it off and drive dispatchers themselves. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Dispatchers this engine works side by side on each tick. They share rows the way two engines do (SKIP
     * LOCKED), so while one waits for the bank another claims or records: one alone leaves the bank idle during
     * its own transactions.
     */
    @WithDefault("2")
    int workers();

    /** How often the timer starts a tick. */
    @WithDefault("PT1S")
    Duration interval();

    /** Turns in one tick while rows keep coming; bounds a tick. */
    @WithDefault("20")
    int turnsPerTickMax();

    /**
     * Instant and notification rows claimed in one turn; their calls run together, within the bulkhead. Each turn
     * costs two transactions and an audit entry whatever its size, so larger claims pay more per second
     * (ops/bench/payout: 425/s at 200 rows and 64 in flight, 784/s at 1,000 and 128).
     */
    @WithDefault("1000")
    int rowsPerClaimMax();

    /** File rows (SEND_FILE, POLL_FILE) claimed in one turn; each may stream a million payments. */
    @WithDefault("1")
    int filesPerClaimMax();

    /** How long a claimed instant or notification row is kept from other workers: longer than any call. */
    @WithDefault("PT2M")
    Duration lease();

    /** The same for file rows, which write, validate and upload or read a whole file. */
    @WithDefault("PT30M")
    Duration fileLease();

    /** Claims of one row without a useful answer before the row is given up and left to an operator. */
    @WithDefault("12")
    int attemptsMax();

    /** Wait after the first failed attempt; each later one doubles, up to {@link #backoffMax()}. */
    @WithDefault("PT1S")
    Duration backoffInitial();

    @WithDefault("PT5M")
    Duration backoffMax();

    /** Wait before the first status query about a payment whose send was not answered. */
    @WithDefault("PT5S")
    Duration queryDelay();

    /** Hand-overs of one payment to its bank, all under its one end-to-end id, before an operator must decide. */
    @WithDefault("3")
    int sendsPerPaymentMax();

    /**
     * How long the bank may stay silent once a file is uploaded, while it checks the whole file before answering:
     * minutes for a million payments, not the seconds of {@code bank.timeout}. At most the file lease.
     */
    @WithDefault("PT10M")
    Duration fileUploadTimeout();

    /** Wait between asks for a file's status report while the bank processes it. */
    @WithDefault("PT10S")
    Duration fileStatusInterval();

    /** How long a file may stay in processing at its bank before the engine stops asking. */
    @WithDefault("PT24H")
    Duration fileStatusWaitMax();

    /** How often each paying bank is asked for return notifications. */
    @WithDefault("PT1M")
    Duration notificationsInterval();

    @WithDefault("10")
    int notificationPagesPerTurnMax();

    /** Notifications in one page; a page is applied in one transaction with its cursor. */
    @WithDefault("1000")
    int notificationsPerPageMax();

    /** Payments read per page when a file is written, and statuses applied per transaction when one is read. */
    @WithDefault("1000")
    int paymentsPerPageMax();

    /** End-to-end ids of refused answers named in one audit entry (all are in payment_refusal). */
    @WithDefault("20")
    int refusedIdsPerAuditMax();

    /** Where files are written before upload (kept, named by message id) and reports downloaded (deleted). */
    @WithDefault(".run/dispatch")
    Path spoolDir();

    /** The paying banks' payment API: url, calls in flight (the bulkhead), timeout, retries of reads, breaker. */
    CounterpartyConfig bank();
}
