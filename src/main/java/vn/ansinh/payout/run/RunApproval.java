package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.payout.settings.PayoutSettingsStore;
import vn.ansinh.platform.DomainException;

/**
 * The checker's steps on a SUBMITTED run. Nobody checks a run they made or submitted; above the program's threshold
 * two distinct approvers must approve. Each approval records the lines hash it signed, recomputed from the lines at
 * that moment, so an approval can never be for lines other than those stored.
 */
@ApplicationScoped
public class RunApproval {

    public static final int REASON_LENGTH_MAX = 1_000;

    private static final String APPROVED_BY = "select approver from run_approval where run_id = $1";
    private static final String RECORD = "insert into run_approval (run_id, approver, lines_sha256) values ($1, $2, $3)";
    private static final String APPROVE = """
            update payout_run set status = 'APPROVED', decided_at = now(), decided_by = $2
            where id = $1 and status = 'SUBMITTED'""";
    private static final String REJECT = """
            update payout_run set status = 'REJECTED', decided_at = now(), decided_by = $2, decision_reason = $3
            where id = $1 and status = 'SUBMITTED'""";

    @Inject Pool pool;
    @Inject RunStore runs;
    @Inject PayoutSettingsStore settingsStore;
    @Inject Budget budget;
    @Inject AuditLog audit;

    /** Approves; answers whether this approval made the run APPROVED. {@code seenSha256} is the hash the approver read. */
    public Uni<Boolean> approve(long runId, String approver, Optional<String> seenSha256) {
        return pool.withTransaction(connection -> checkable(connection, runId, approver).chain(run ->
                connection.preparedQuery(APPROVED_BY).execute(Tuple.of(runId)).chain(rows -> {
                    long given = 0;
                    for (var row : rows) {
                        if (row.getString(0).equals(approver)) throw DomainException.conflict("ALREADY_APPROVED",
                                "You have already approved run " + runId + "; a second approval must come from someone else.");
                        given++;
                    }
                    long approvals = given + 1;
                    return signedHash(connection, run, seenSha256).chain(digest -> connection.preparedQuery(RECORD)
                            .execute(Tuple.of(runId, approver, digest))
                            .chain(() -> approvals >= run.approvalsRequired()
                                    ? complete(connection, run, approver) : Uni.createFrom().voidItem())
                            .chain(() -> audit.append(connection, new AuditEvent(approver, "RUN_APPROVAL_GIVEN",
                                    "run:" + runId, approvalFacts(run, digest, approvals))))
                            .replaceWith(approvals >= run.approvalsRequired()));
                })));
    }

    public Uni<Void> reject(long runId, String approver, String reason) {
        String why = requireReason(reason);
        return pool.withTransaction(connection -> checkable(connection, runId, approver)
                .chain(run -> connection.preparedQuery(REJECT).execute(Tuple.of(runId, approver, why)))
                .chain(() -> audit.append(connection, new AuditEvent(approver, "RUN_REJECTED", "run:" + runId,
                        Map.of("reason", why))))).replaceWithVoid();
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH_MAX) {
            throw DomainException.invalid("REASON_REQUIRED", "Say why, in 1 to " + REASON_LENGTH_MAX + " characters.",
                    java.util.List.of(vn.ansinh.platform.Violation.ofField("reason", "REQUIRED", "Say why.")));
        }
        return reason.strip();
    }

    /** The run, locked, SUBMITTED, and not the checker's own work. */
    private Uni<RunRecord> checkable(SqlConnection connection, long runId, String checker) {
        return runs.lock(connection, runId).invoke(run -> {
            if (run.status() != RunStatus.SUBMITTED) throw RunStore.wrongStatus(run, "SUBMITTED");
            if (run.isMadeBy(checker)) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "MAKER_CANNOT_APPROVE", "You made or "
                        + "submitted run " + runId + "; another approver must check it.");
            }
        });
    }

    private static Uni<String> signedHash(SqlConnection connection, RunRecord run, Optional<String> seenSha256) {
        return LinesDigest.compute(connection, run.id()).invoke(digest -> {
            String submitted = run.linesSha256().orElseThrow();
            if (!digest.equals(submitted)) {
                throw DomainException.conflict("RUN_INTEGRITY_BROKEN", "The lines of run " + run.id() + " no longer "
                        + "hash to " + submitted + " as submitted (now " + digest + "): they were changed outside "
                        + "the engine. Do not approve; report it.");
            }
            if (seenSha256.isPresent() && !seenSha256.get().equals(digest)) {
                throw DomainException.conflict("LINES_HASH_MISMATCH", "You reviewed lines hashing to " + seenSha256.get()
                        + " but run " + run.id() + " hashes to " + digest + "; review it again.");
            }
        });
    }

    /** The last approval needed: the budget is checked again, with the program locked, before the run is APPROVED. */
    private Uni<Void> complete(SqlConnection connection, RunRecord run, String approver) {
        return settingsStore.lock(connection, run.programCode())
                .chain(found -> budget.requireFits(connection, run, found.orElseThrow()))
                .chain(() -> connection.preparedQuery(APPROVE).execute(Tuple.of(run.id(), approver)))
                .replaceWithVoid();
    }

    private static Map<String, Object> approvalFacts(RunRecord run, String digest, long approvals) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("linesSha256", digest);
        facts.put("approval", approvals);
        facts.put("approvalsRequired", (long) run.approvalsRequired());
        facts.put("totalVnd", run.totalVnd());
        facts.put("status", approvals >= run.approvalsRequired() ? "APPROVED" : "SUBMITTED");
        return facts;
    }
}
