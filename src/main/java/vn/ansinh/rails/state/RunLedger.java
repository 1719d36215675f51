package vn.ansinh.rails.state;

import java.util.EnumMap;
import java.util.Map;

/**
 * The money of one payment run by bucket, updated payment by payment as transitions happen. Not thread-safe: one
 * run's events are applied in order by one owner. Every update keeps total = Σ buckets, and the check is always on.
 */
public final class RunLedger {

    private final long totalMinor;
    private final Map<MoneyBucket, Long> minorByBucket = new EnumMap<>(MoneyBucket.class);

    private RunLedger(long totalMinor) {
        this.totalMinor = totalMinor;
        for (MoneyBucket bucket : MoneyBucket.values()) {
            minorByBucket.put(bucket, 0L);
        }
        minorByBucket.put(MoneyBucket.PENDING, totalMinor);
    }

    /** A run whose payments are all CREATED, so its whole total is pending. */
    public static RunLedger allPending(long totalMinor) {
        if (totalMinor < 0) {
            throw new IllegalArgumentException("a run total is not negative: " + totalMinor);
        }
        return new RunLedger(totalMinor);
    }

    /** Moves one payment's amount to the bucket of its new state; a refusal moves nothing. */
    public void apply(long amountMinor, Transition transition) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("a payment amount is positive: " + amountMinor);
        }
        switch (transition) {
            case Transition.Moved moved -> move(amountMinor, moved.from().bucket(), moved.to().bucket());
            case Transition.Refused _ -> {
                // A refused event leaves the payment, and so its money, where it was.
            }
        }
        checkBalanced();
    }

    public long totalMinor() {
        return totalMinor;
    }

    public long minorIn(MoneyBucket bucket) {
        return minorByBucket.get(bucket);
    }

    private void move(long amountMinor, MoneyBucket source, MoneyBucket target) {
        long left = minorByBucket.get(source) - amountMinor;
        if (left < 0) {
            throw new IllegalStateException("bucket " + source + " would go negative: a payment moved twice?");
        }
        minorByBucket.put(source, left);
        minorByBucket.put(target, Math.addExact(minorByBucket.get(target), amountMinor));
    }

    private void checkBalanced() {
        long sum = 0;
        for (long minor : minorByBucket.values()) {
            sum = Math.addExact(sum, minor);
        }
        if (sum != totalMinor) {
            throw new IllegalStateException("run ledger out of balance: buckets " + sum + " != total " + totalMinor);
        }
    }
}
