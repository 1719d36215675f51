package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/** One audit entry per batch the dispatcher writes, in the batch's transaction, naming the worker that wrote it. */
final class DispatchAudit {

    static final String ACTOR = "system:dispatcher";

    private final AuditLog log;
    private final String worker;

    DispatchAudit(AuditLog log, String worker) {
        this.log = log;
        this.worker = worker;
    }

    Uni<Void> append(SqlConnection sql, String action, String subject, Map<String, ?> facts) {
        Map<String, Object> payload = new LinkedHashMap<>(facts);
        payload.put("worker", worker);
        return log.append(sql, new AuditEvent(ACTOR, action, subject, payload)).replaceWithVoid();
    }

    /** The actor written on payment events: the dispatcher and the worker. */
    String eventActor() {
        return ACTOR + "/" + worker;
    }
}
