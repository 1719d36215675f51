package vn.ansinh.recon.export;

import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ansinh.recon.BlockingSql;
import vn.ansinh.recon.run.ReconciliationViews;

/** Reads an {@link AuditorReport} from the stored reconciliation and the audit chain's head. */
@ApplicationScoped
public class AuditorReports {

    private static final String HEAD = "select seq, hash from audit_head where id = 1";
    private static final String RUN_AUDIT = "select run_audit_hash from reconciliation where id = $1";

    @Inject ReconciliationViews views;
    @Inject BlockingSql sql;

    public AuditorReport load(long id) {
        Map<String, Object> reconciliation = views.reconciliation(id);
        List<Map<String, Object>> breaks = views.breaks(id);
        var head = sql.await(sql.pool().query(HEAD).execute()).iterator().next();
        String runHash = sql.await(sql.pool().preparedQuery(RUN_AUDIT).execute(Tuple.of(id))).iterator().next()
                .getString(0);
        List<AuditorReport.InputFile> files = new ArrayList<>();
        sql.await(sql.pool().preparedQuery(ReconciliationViews.FILES).execute(Tuple.of(id))).forEach(row ->
                files.add(new AuditorReport.InputFile(row.getLong("id"), row.getString("file_name"),
                        row.getString("sha256"), row.getString("format"),
                        row.getOffsetDateTime("uploaded_at").toInstant())));
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) reconciliation.get("findings");
        return new AuditorReport(id, statement(reconciliation, runHash), files, findings, breaks, head.getLong(0),
                head.getString(1), Instant.now());
    }

    @SuppressWarnings("unchecked")
    private static List<AuditorReport.Item> statement(Map<String, Object> reconciliation, String runHash) {
        var items = new ArrayList<AuditorReport.Item>();
        text(items, "Reconciliation", reconciliation.get("id"));
        text(items, "Bank BIN", reconciliation.get("bankBin"));
        text(items, "Funding account", reconciliation.get("account"));
        text(items, "From", reconciliation.get("from"));
        text(items, "To", reconciliation.get("to"));
        text(items, "Judged as of", reconciliation.get("asOf"));
        text(items, "Verdict", reconciliation.get("verdict"));
        Map<String, Object> statement = (Map<String, Object>) reconciliation.get("statement");
        amount(items, "Bank control total (VND)", statement.get("bankControlVnd"));
        amount(items, "Internal control total (VND)", statement.get("internalControlVnd"));
        amount(items, "Matched, bank side (VND)", statement.get("matchedBankVnd"));
        amount(items, "Matched, internal side (VND)", statement.get("matchedInternalVnd"));
        Map<String, Map<String, Object>> explained = (Map<String, Map<String, Object>>) statement.get("explainedByClass");
        new java.util.TreeMap<>(explained).forEach((kind, total) -> {
            amount(items, "Explained " + kind + ": count", total.get("count"));
            amount(items, "Explained " + kind + ": amount (VND)", total.get("amountVnd"));
            amount(items, "Explained " + kind + ": written off (VND)", total.get("writtenOffVnd"));
        });
        amount(items, "Written off (VND)", statement.get("writtenOffVnd"));
        amount(items, "Unexplained residual (VND)", statement.get("residualVnd"));
        amount(items, "Open breaks", reconciliation.get("openBreaks"));
        text(items, "Runs", reconciliation.get("runCount"));
        text(items, "Result SHA-256", reconciliation.get("resultSha256"));
        text(items, "Audit entry of the last run (seq)", reconciliation.get("runAuditSeq"));
        text(items, "Audit entry of the last run (hash)", runHash);
        return items;
    }

    private static void text(List<AuditorReport.Item> items, String label, Object value) {
        items.add(new AuditorReport.Item(label, String.valueOf(value), false));
    }

    private static void amount(List<AuditorReport.Item> items, String label, Object value) {
        items.add(new AuditorReport.Item(label, String.valueOf(value), true));
    }
}
