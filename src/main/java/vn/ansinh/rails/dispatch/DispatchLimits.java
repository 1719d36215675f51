package vn.ansinh.rails.dispatch;

import java.time.Duration;

/** Checks {@link DispatchConfig} once, at construction, so that a wrong limit stops the engine, not a payment. */
final class DispatchLimits {

    /** Each worker holds a database connection for its turn; more than this would starve the rest of the engine. */
    static final int WORKERS_MAX = 8;

    private DispatchLimits() {
    }

    static void check(DispatchConfig config) {
        positive("turns-per-tick-max", config.turnsPerTickMax());
        if (config.workers() < 1 || config.workers() > WORKERS_MAX) {
            throw new IllegalArgumentException("ansinh.dispatch.workers is 1-" + WORKERS_MAX);
        }
        positive("rows-per-claim-max", config.rowsPerClaimMax());
        positive("files-per-claim-max", config.filesPerClaimMax());
        positive("attempts-max", config.attemptsMax());
        positive("sends-per-payment-max", config.sendsPerPaymentMax());
        positive("notification-pages-per-turn-max", config.notificationPagesPerTurnMax());
        positive("notifications-per-page-max", config.notificationsPerPageMax());
        positive("payments-per-page-max", config.paymentsPerPageMax());
        positive("refused-ids-per-audit-max", config.refusedIdsPerAuditMax());
        positive("bank.in-flight-max", config.bank().inFlightMax());
        positive("interval", config.interval());
        positive("backoff-initial", config.backoffInitial());
        positive("file-status-interval", config.fileStatusInterval());
        positive("file-status-wait-max", config.fileStatusWaitMax());
        positive("notifications-interval", config.notificationsInterval());
        positive("bank.timeout", config.bank().timeout());
        positive("file-upload-timeout", config.fileUploadTimeout());
        if (config.queryDelay().isNegative()) {
            throw new IllegalArgumentException("ansinh.dispatch.query-delay is not negative");
        }
        if (config.backoffMax().compareTo(config.backoffInitial()) < 0) {
            throw new IllegalArgumentException("ansinh.dispatch.backoff-max is at least backoff-initial");
        }
        // A lease shorter than the longest call would hand a row to a second worker while the first still waits.
        if (config.lease().compareTo(longestCall(config).multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("ansinh.dispatch.lease " + config.lease() + " is shorter than twice "
                    + "the longest bank call (timeout × attempts): " + longestCall(config));
        }
        if (config.fileLease().compareTo(config.lease()) < 0) {
            throw new IllegalArgumentException("ansinh.dispatch.file-lease is at least the lease");
        }
        // An upload still waiting for its answer when the lease ends would let a second worker upload the file again.
        if (config.fileLease().compareTo(config.fileUploadTimeout()) < 0) {
            throw new IllegalArgumentException("ansinh.dispatch.file-lease " + config.fileLease()
                    + " is at least the file-upload-timeout " + config.fileUploadTimeout());
        }
    }

    /**
     * The instant rows one turn claims: as many as its calls can finish within half the lease even if every call
     * takes its longest, a wave of {@code bank.in-flight-max} calls at a time, and at most {@code rows-per-claim-max}.
     * A larger claim would outlive its lease on a slow bank, and its rows would go to another worker, to be asked
     * about again.
     */
    static int instantRowsPerClaim(DispatchConfig config) {
        long waves = Math.max(1, config.lease().toMillis() / longestCall(config).multipliedBy(2).toMillis());
        return (int) Math.min(config.rowsPerClaimMax(), waves * config.bank().inFlightMax());
    }

    private static Duration longestCall(DispatchConfig config) {
        return config.bank().timeout().multipliedBy(config.bank().retriesMax() + 1L);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("ansinh.dispatch." + name + " is at least 1, not " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("ansinh.dispatch." + name + " is a positive duration, not " + value);
        }
    }
}
