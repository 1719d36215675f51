package vn.ansinh.beneficiary.list;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** What an officer watches while a list is processed, and the summary when it is done. */
public record ListProgress(long id, String programCode, String fileName, String contentSha256, String format,
                           ListStatus status, long rowsTotal, long rowsRead, long verified, long rejected,
                           long needsReview, long pending, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                           Optional<String> failureCode, Optional<String> failureDetail,
                           Map<String, Long> reasons) {

    /** Rows read per second since processing started (or over the whole run once finished). */
    public long rowsPerSecond(Instant now) {
        if (startedAt.isEmpty() || rowsRead == 0) return 0;
        long ms = Duration.between(startedAt.get(), finishedAt.orElse(now)).toMillis();
        return ms <= 0 ? rowsRead : rowsRead * 1000 / ms;
    }

    /** Seconds until every row is read, at the current rate; empty when it cannot be told. */
    public OptionalLong etaSeconds(Instant now) {
        long rate = rowsPerSecond(now);
        if (status == ListStatus.COMPLETED) return OptionalLong.of(0);
        if (rate == 0) return OptionalLong.empty();
        return OptionalLong.of((rowsTotal - rowsRead + rate - 1) / rate);
    }

    public ListProgress withReasons(Map<String, Long> counts) {
        return new ListProgress(id, programCode, fileName, contentSha256, format, status, rowsTotal, rowsRead, verified,
                rejected, needsReview, pending, startedAt, finishedAt, failureCode, failureDetail, Map.copyOf(counts));
    }
}
