package vn.ansinh.rails.dispatch;

import java.time.Duration;

/** Exponential backoff with a ceiling: initial, 2×initial, 4×initial … never above the maximum. */
record Backoff(Duration initial, Duration maximum) {

    Backoff {
        if (initial.isNegative() || initial.isZero() || maximum.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= maximum");
        }
    }

    /** The wait after the given attempt (1 for the first) failed. */
    Duration after(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1: " + attempt);
        }
        long millis = initial.toMillis();
        for (int doubling = 1; doubling < attempt; doubling++) {
            if (millis > maximum.toMillis() / 2) {
                return maximum;
            }
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maximum.toMillis()));
    }
}
