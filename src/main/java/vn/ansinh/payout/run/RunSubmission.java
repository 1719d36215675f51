package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.payout.settings.PayoutSettingsStore;
import vn.ansinh.platform.DomainException;

/**
 * DRAFT → SUBMITTED: fixes the lines hash approvers will sign and the number of approvals the total needs, once the
 * run fits the period's remaining budget. From here on the lines never change (V5's triggers, and the hash).
 */
@ApplicationScoped
public class RunSubmission {

    private static final String SUBMIT = """
            update payout_run set status = 'SUBMITTED', submitted_at = now(), submitted_by = $2, lines_sha256 = $3,
                approvals_required = $4
            where id = $1 and status = 'DRAFT'""";

    @Inject Pool pool;
    @Inject RunStore runs;
    @Inject PayoutSettingsStore settingsStore;
    @Inject Budget budget;
    @Inject AuditLog audit;

    public Uni<Void> submit(long runId, String actor) {
        return pool.withTransaction(connection -> runs.lock(connection, runId).chain(run -> {
            if (run.status() != RunStatus.DRAFT) throw RunStore.wrongStatus(run, "DRAFT");
            return settingsStore.lock(connection, run.programCode()).chain(found -> {
                var settings = found.orElseThrow(() -> DomainException.conflict("PROGRAM_NOT_CONFIGURED",
                        "Program " + run.programCode() + " has no payout settings."));
                return runs.cashTotal(connection, runId).invoke(cash -> {
                    if (run.lineCount() == 0 && cash == 0) {
                        throw DomainException.conflict("RUN_EMPTY", "Run " + runId + " pays nobody; cancel it.");
                    }
                }).chain(() -> budget.requireFits(connection, run, settings)).chain(remaining ->
                        LinesDigest.compute(connection, runId).chain(digest -> {
                            int approvals = settings.approvalsRequiredFor(run.totalVnd());
                            var facts = new LinkedHashMap<String, Object>();
                            facts.put("linesSha256", digest);
                            facts.put("lines", run.lineCount());
                            facts.put("totalVnd", run.totalVnd());
                            facts.put("approvalsRequired", (long) approvals);
                            facts.put("budgetRemainingAfterVnd", remaining);
                            return connection.preparedQuery(SUBMIT).execute(Tuple.of(runId, actor, digest, approvals))
                                    .chain(() -> audit.append(connection, new AuditEvent(actor, "RUN_SUBMITTED",
                                            "run:" + runId, facts)));
                        }));
            });
        })).replaceWithVoid();
    }
}
