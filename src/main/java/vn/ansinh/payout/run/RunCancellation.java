package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/** An officer withdraws a run before release, with a reason. Its lines stay, for the record, and are never paid. */
@ApplicationScoped
public class RunCancellation {

    private static final String CANCEL = """
            update payout_run set status = 'CANCELLED', decided_at = now(), decided_by = $2, decision_reason = $3
            where id = $1 and status in ('DRAFT', 'SUBMITTED', 'APPROVED')""";

    @Inject Pool pool;
    @Inject RunStore runs;
    @Inject AuditLog audit;

    public Uni<Void> cancel(long runId, String actor, String reason) {
        String why = RunApproval.requireReason(reason);
        return pool.withTransaction(connection -> runs.lock(connection, runId).chain(run -> {
            if (!run.status().isLive()) throw RunStore.wrongStatus(run, "DRAFT_SUBMITTED_OR_APPROVED");
            return connection.preparedQuery(CANCEL).execute(Tuple.of(runId, actor, why))
                    .chain(() -> audit.append(connection, new AuditEvent(actor, "RUN_CANCELLED", "run:" + runId,
                            Map.of("reason", why, "from", run.status().name()))));
        })).replaceWithVoid();
    }
}
