package vn.ansinh.reconciliation.match;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Tunables of one matching run. {@code asOf} is passed in, never read from a clock, so a re-run gives the same
 * result.
 *
 * @param proposalWindowDaysMax widest booking-date distance for an account+amount proposal
 * @param gracePeriod           how long a SETTLED payment may lack a bank entry before it is a break, not LATE
 */
public record MatchPolicy(int proposalWindowDaysMax, Duration gracePeriod, Instant asOf, ZoneId zone) {
    /** Highest proposal window accepted: beyond a month an amount coincidence is no evidence. */
    public static final int PROPOSAL_WINDOW_DAYS_LIMIT = 31;

    public MatchPolicy {
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        if (proposalWindowDaysMax < 0 || proposalWindowDaysMax > PROPOSAL_WINDOW_DAYS_LIMIT) {
            throw new IllegalArgumentException("proposalWindowDaysMax must be 0.." + PROPOSAL_WINDOW_DAYS_LIMIT);
        }
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("grace period must not be negative");
        }
    }

    public static MatchPolicy vietnam(Instant asOf) {
        return new MatchPolicy(3, Duration.ofDays(2), asOf, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public LocalDate asOfDate() {
        return LocalDate.ofInstant(asOf, zone);
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
