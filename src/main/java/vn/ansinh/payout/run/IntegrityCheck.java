package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Recomputes a run's lines hash and sets it beside the submitted one and every approval. */
@ApplicationScoped
public class IntegrityCheck {

    private static final String APPROVALS = """
            select approver, approved_at, lines_sha256 from run_approval where run_id = $1 order by approved_at, approver""";

    @Inject RunStore runs;

    public Uni<Integrity> check(SqlClient sql, long runId) {
        return runs.require(sql, runId).chain(run -> check(sql, run));
    }

    public Uni<Integrity> check(SqlClient sql, RunRecord run) {
        return LinesDigest.compute(sql, run.id()).chain(digest -> approvals(sql, run.id()).map(approvals ->
                new Integrity(run.id(), run.status(), digest, run.linesSha256(), approvals)));
    }

    /** Who approved, when, and the hash each saw; without hashing the lines, which takes seconds at a million. */
    public Uni<List<Integrity.Approval>> approvals(SqlClient sql, long runId) {
        return sql.preparedQuery(APPROVALS).execute(Tuple.of(runId)).map(rows -> {
            var approvals = new ArrayList<Integrity.Approval>();
            rows.forEach(row -> approvals.add(new Integrity.Approval(row.getString(0),
                    row.get(OffsetDateTime.class, 1).toInstant(), row.getString(2))));
            return approvals;
        });
    }
}
