package vn.ansinh.reconciliation.match;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How old a break is, in the buckets a finance team reports on. */
public enum AgeBucket {
    DAYS_0_1,
    DAYS_2_7,
    DAYS_8_30,
    OVER_30_DAYS;

    public static AgeBucket of(LocalDate since, LocalDate asOf) {
        long days = Math.max(0, ChronoUnit.DAYS.between(since, asOf));
        if (days <= 1) {
            return DAYS_0_1;
        }
        if (days <= 7) {
            return DAYS_2_7;
        }
        return days <= 30 ? DAYS_8_30 : OVER_30_DAYS;
    }
}
