package vn.ansinh.recon.run;

import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.audit.AuditRecord;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.BlockingSql;
import vn.ansinh.recon.ReconConfig;
import vn.ansinh.reconciliation.match.MatchPolicy;

/**
 * Runs reconciliations and applies people's resolutions. Each call is one transaction holding the
 * reconciliation's row lock: read the inputs, decide, write the results in place of the last run's, move the
 * payments the statements prove, and append one audit entry with counts and totals. Blocking: worker threads only.
 */
@ApplicationScoped
public class ReconciliationService {

    private static final String OPEN = """
            insert into reconciliation (bank_bin, account, from_date, to_date, as_of, created_by)
            values ($1, $2, $3, $4, $5, $6)
            on conflict (bank_bin, account, from_date, to_date) do update set as_of = excluded.as_of
            returning id, run_count = 0 as created""";
    private static final String LOCK = """
            select bank_bin, account, from_date, to_date from reconciliation where id = $1 for update""";
    private static final String MARK_AUDIT = "update reconciliation set run_audit_seq = $2, run_audit_hash = $3 where id = $1";
    private static final String FILE_HASHES = "select sha256 from statement_file where id = any($1) order by id";

    /** A run's result: the outcome, the payments it moved, and the audit entry that records it. */
    public record RunResult(long id, boolean created, Outcome outcome, int paymentsSettled, int paymentsReturned,
                            int movesRefused, int movesSkipped, long auditSeq) {}

    @Inject BlockingSql sql;
    @Inject InputLoader loader;
    @Inject ResultWriter writer;
    @Inject AuditLog audit;
    @Inject ReconConfig config;

    /** Creates the reconciliation, or runs it again: the same inputs give the same result, people's decisions kept. */
    public RunResult run(ReconciliationKey key, String actor) {
        return sql.inTransaction(connection -> {
            var row = sql.await(connection.preparedQuery(OPEN).execute(Tuple.tuple().addString(key.bankBin())
                    .addString(key.account()).addLocalDate(key.from()).addLocalDate(key.to())
                    .addOffsetDateTime(key.asOf().atOffset(ZoneOffset.UTC)).addString(actor))).iterator().next();
            return recompute(connection, row.getLong(0), key, actor, row.getBoolean(1), "RECONCILIATION_RUN",
                    Map.of());
        });
    }

    /** Locks the reconciliation for the rest of the transaction and answers what it is of. */
    ReconciliationKey lock(SqlConnection connection, long id) {
        var rows = sql.await(connection.preparedQuery(LOCK).execute(Tuple.of(id)));
        if (rows.size() == 0) {
            throw DomainException.notFound("RECONCILIATION_NOT_FOUND", "There is no reconciliation " + id + ".");
        }
        var row = rows.iterator().next();
        return new ReconciliationKey(row.getString(0), row.getString(1), row.getLocalDate(2), row.getLocalDate(3));
    }

    /** The current result, computed again from stored data without writing anything: what a resolution checks. */
    Current current(SqlConnection connection, long id, ReconciliationKey key) {
        Decisions decisions = loader.decisions(connection, id);
        Inputs inputs = loader.load(connection, key, decisions);
        return new Current(inputs, Assembler.assemble(inputs, decisions, policy(key)));
    }

    /** Inputs and the outcome they give now. */
    record Current(Inputs inputs, Outcome outcome) {}

    RunResult recompute(SqlConnection connection, long id, ReconciliationKey key, String actor, boolean created,
                        String action, Map<String, Object> cause) {
        Current current = current(connection, id, key);
        Outcome outcome = current.outcome();
        writer.write(connection, id, outcome, current.inputs(), actor);
        PaymentMoves.Plan plan = PaymentMoves.plan(outcome, current.inputs());
        int made = writer.move(connection, plan.first(), actor) + writer.move(connection, plan.second(), actor);
        List<PaymentMoves.Move> planned = new ArrayList<>(plan.first());
        planned.addAll(plan.second());
        int settled = (int) planned.stream().filter(move -> move.toState().equals("SETTLED")).count();
        int returned = (int) planned.stream().filter(move -> move.toState().equals("RETURNED")).count();
        var result = new RunResult(id, created, outcome, settled, returned, plan.refused().size(),
                planned.size() - made, 0);
        Map<String, Object> payload = payload(key, current.inputs(), result, fileHashes(connection, current.inputs()));
        payload.putAll(cause);
        AuditRecord record = sql.await(audit.append(connection, new AuditEvent(actor, action, "reconciliation:" + id,
                payload)));
        sql.await(connection.preparedQuery(MARK_AUDIT).execute(Tuple.of(id, record.seq(), record.hash())));
        return new RunResult(id, created, outcome, settled, returned, plan.refused().size(), planned.size() - made,
                record.seq());
    }

    MatchPolicy policy(ReconciliationKey key) {
        return new MatchPolicy(config.proposalWindowDaysMax(), config.gracePeriod(), key.asOf(),
                ReconciliationKey.VIETNAM);
    }

    private List<String> fileHashes(SqlConnection connection, Inputs inputs) {
        List<String> hashes = new ArrayList<>();
        sql.await(connection.preparedQuery(FILE_HASHES).execute(Tuple.of(inputs.fileIds().toArray(Long[]::new))))
                .forEach(row -> hashes.add(row.getString(0)));
        return hashes;
    }

    private static Map<String, Object> payload(ReconciliationKey key, Inputs inputs, RunResult result,
                                               List<String> fileHashes) {
        Outcome outcome = result.outcome();
        Map<String, Long> breaksByClass = new TreeMap<>();
        outcome.explained().forEach((kind, total) -> breaksByClass.put(kind.name(), total.count()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("bankBin", key.bankBin());
        payload.put("account", Masking.account(key.account()));
        payload.put("from", key.from().toString());
        payload.put("to", key.to().toString());
        payload.put("asOf", key.asOf().toString());
        payload.put("verdict", outcome.verdict().name());
        payload.put("resultSha256", outcome.digest());
        payload.put("statementFiles", fileHashes);
        payload.put("statements", inputs.statementCount());
        payload.put("lines", inputs.lines().size());
        payload.put("payments", inputs.payments().size());
        payload.put("matches", outcome.matches().size());
        payload.put("proposals", outcome.proposals().size());
        payload.put("breaksByClass", breaksByClass);
        payload.put("openBreaks", outcome.openBreaks());
        payload.put("bankControlVnd", outcome.totals().bankControlVnd());
        payload.put("internalControlVnd", outcome.totals().internalControlVnd());
        payload.put("matchedBankVnd", outcome.totals().matchedBankVnd());
        payload.put("matchedInternalVnd", outcome.totals().matchedInternalVnd());
        payload.put("writtenOffVnd", outcome.totals().writtenOffVnd());
        payload.put("residualVnd", outcome.totals().residualVnd());
        payload.put("paymentsSettled", result.paymentsSettled());
        payload.put("paymentsReturned", result.paymentsReturned());
        payload.put("movesRefused", result.movesRefused());
        payload.put("movesSkipped", result.movesSkipped());
        return payload;
    }
}
