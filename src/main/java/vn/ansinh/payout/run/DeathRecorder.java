package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/**
 * Marks DECEASED the beneficiaries the registry reported dead while a run was being created, in the run's
 * transaction, with one audit entry for the step: how many, and a digest of exactly who.
 */
@ApplicationScoped
public class DeathRecorder {

    private static final String MARK = """
            update beneficiary set status = 'DECEASED', updated_at = now()
            where id = any ($1) and program_code = $2 and status = 'ACTIVE'
            returning id, cccd""";

    @Inject AuditLog audit;

    public Uni<Void> record(SqlConnection connection, String programCode, long runId, LifeFindings life, String actor) {
        if (life.deceased().isEmpty()) return Uni.createFrom().voidItem();
        return connection.preparedQuery(MARK).execute(Tuple.of(life.deceasedArray(), programCode)).chain(rows -> {
            if (rows.size() == 0) return Uni.createFrom().voidItem();
            var marked = new TreeMap<Long, String>();
            rows.forEach(row -> marked.put(row.getLong(0), row.getLong(0) + ":" + row.getString(1) + "\n"));
            var facts = new LinkedHashMap<String, Object>();
            facts.put("program", programCode);
            facts.put("run", runId);
            facts.put("source", "population registry, checked when the run was created");
            facts.put("count", (long) rows.size());
            // Digest over "id:cccd" lines in id order: proves who without writing CCCDs into the audit payload.
            facts.put("digest", LinesDigest.of(marked.values()));
            return audit.append(connection, new AuditEvent(actor, "BENEFICIARIES_DECEASED", "program:" + programCode,
                    facts)).replaceWithVoid();
        });
    }
}
