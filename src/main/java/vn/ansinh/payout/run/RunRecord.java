package vn.ansinh.payout.run;

import io.vertx.mutiny.sqlclient.Row;
import java.util.Objects;
import java.util.Optional;

/** One payout_run row as the lifecycle steps need it. */
public record RunRecord(long id, String programCode, Period period, RunKind kind, RunStatus status, String createdBy,
                        Optional<String> submittedBy, long lineCount, long totalVnd, Optional<String> linesSha256,
                        int approvalsRequired) {

    static final String COLUMNS = """
            id, program_code, period, kind, status, created_by, submitted_by, line_count, total_vnd, lines_sha256,
            coalesce(approvals_required, 1) as approvals_required""";

    public RunRecord {
        Objects.requireNonNull(programCode, "programCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(linesSha256, "linesSha256");
        if (lineCount < 0 || totalVnd < 0) throw new IllegalArgumentException("a run's count and total are not negative");
    }

    static RunRecord of(Row row) {
        return new RunRecord(row.getLong("id"), row.getString("program_code"),
                Period.parse(row.getString("period")).orElseThrow(), RunKind.valueOf(row.getString("kind")),
                RunStatus.valueOf(row.getString("status")), row.getString("created_by"),
                Optional.ofNullable(row.getString("submitted_by")), row.getLong("line_count"), row.getLong("total_vnd"),
                Optional.ofNullable(row.getString("lines_sha256")), row.getInteger("approvals_required"));
    }

    /** The maker, and whoever submitted it: neither may check it. */
    public boolean isMadeBy(String user) {
        return createdBy.equals(user) || submittedBy.filter(user::equals).isPresent();
    }
}
