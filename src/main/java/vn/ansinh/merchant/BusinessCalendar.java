package vn.ansinh.merchant;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Business dates in Vietnam's time (no daylight saving): date D runs from the cutover on D−1 to the cutover on D,
 * so with a 23:00 cutover a sale at 23:30 on the 1st belongs to the 2nd. A cutover at 00:00 makes D the calendar
 * day D.
 */
public record BusinessCalendar(LocalTime cutoverTime) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public BusinessCalendar {
        Objects.requireNonNull(cutoverTime, "cutoverTime");
    }

    /** The business date the instant belongs to. */
    public LocalDate dateOf(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, VIETNAM);
        return local.minus(dayLengthBeforeCutover()).toLocalDate().plusDays(1);
    }

    /** The instant the business date ends: its cutover. */
    public Instant endOf(LocalDate date) {
        LocalDateTime end = cutoverTime.equals(LocalTime.MIDNIGHT)
                ? date.plusDays(1).atStartOfDay()
                : date.atTime(cutoverTime);
        return end.atZone(VIETNAM).toInstant();
    }

    private Duration dayLengthBeforeCutover() {
        return cutoverTime.equals(LocalTime.MIDNIGHT) ? Duration.ofDays(1)
                : Duration.between(LocalTime.MIDNIGHT, cutoverTime);
    }
}
