package vn.ansinh.payout.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lines hash recomputed now, beside the hash fixed at submission and the hash each approver signed. Intact only
 * when all of them are the same: any difference means the lines changed after someone looked at them.
 */
public record Integrity(long runId, RunStatus status, String computedSha256, Optional<String> submittedSha256,
                        List<Approval> approvals) {

    /** One approver's signature. */
    public record Approval(String approver, Instant approvedAt, String linesSha256) {
        public Approval {
            Objects.requireNonNull(approver, "approver");
            Objects.requireNonNull(approvedAt, "approvedAt");
            Objects.requireNonNull(linesSha256, "linesSha256");
        }
    }

    public Integrity {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(computedSha256, "computedSha256");
        Objects.requireNonNull(submittedSha256, "submittedSha256");
        approvals = List.copyOf(approvals);
    }

    public boolean intact() {
        return submittedSha256.map(computedSha256::equals).orElse(true)
                && approvals.stream().allMatch(approval -> approval.linesSha256().equals(computedSha256));
    }

    /** Why it is not intact, for a problem detail; empty when it is. */
    public Optional<String> breach() {
        if (intact()) return Optional.empty();
        var differing = approvals.stream().filter(approval -> !approval.linesSha256().equals(computedSha256))
                .map(Approval::approver).toList();
        return Optional.of("the lines of run " + runId + " now hash to " + computedSha256 + ", but "
                + (submittedSha256.filter(computedSha256::equals).isEmpty() ? "the run was submitted as "
                        + submittedSha256.orElse("") + " and " : "")
                + "approvals by " + differing + " signed other lines");
    }
}
