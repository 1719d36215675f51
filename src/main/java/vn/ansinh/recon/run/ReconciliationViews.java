package vn.ansinh.recon.run;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.BlockingSql;

/** What people read about a reconciliation, straight from its stored rows. Blocking: worker threads only. */
@ApplicationScoped
public class ReconciliationViews {

    private static final String RECONCILIATION = """
            select id, bank_bin, account, from_date, to_date, as_of, created_by, created_at, run_count, last_run_by,
                last_run_at, verdict, bank_control_vnd, internal_control_vnd, matched_bank_vnd, matched_internal_vnd,
                written_off_vnd, residual_vnd, explained_by_class::text as explained, findings::text as findings,
                result_sha256, run_audit_seq, run_audit_hash,
                (select count(*) from recon_match m where m.reconciliation_id = r.id) as matches,
                (select count(*) from recon_proposal p where p.reconciliation_id = r.id) as proposals,
                (select count(*) from recon_break b where b.reconciliation_id = r.id) as breaks,
                (select count(*) from recon_break b where b.reconciliation_id = r.id and not b.written_off) as open_breaks
            from reconciliation r where id = $1""";
    public static final String FILES = """
            select f.id, f.file_name, f.sha256, f.format, f.uploaded_at, f.uploaded_by from reconciliation_file rf
            join statement_file f on f.id = rf.file_id where rf.reconciliation_id = $1 order by f.id""";
    private static final String MATCHES = """
            select m.statement_id, m.entry_index, m.kind, m.origin, m.batch_message_id, m.confidence, m.pending,
                m.bank_amount_vnd, m.internal_amount_vnd, s.statement_ref, l.booking_date, l.bank_reference,
                coalesce(array_agg(p.end_to_end_id order by p.id) filter (where mp.side = 'OUTBOUND'), '{}') as outbound,
                coalesce(array_agg(p.end_to_end_id order by p.id) filter (where mp.side = 'RETURN'), '{}') as returned
            from recon_match m
            join bank_statement s on s.id = m.statement_id
            join statement_line l on l.statement_id = m.statement_id and l.entry_index = m.entry_index
            left join recon_match_payment mp on mp.reconciliation_id = m.reconciliation_id
                and mp.statement_id = m.statement_id and mp.entry_index = m.entry_index
            left join payment p on p.id = mp.payment_id
            where m.reconciliation_id = $1
            group by m.statement_id, m.entry_index, m.kind, m.origin, m.batch_message_id, m.confidence, m.pending,
                m.bank_amount_vnd, m.internal_amount_vnd, s.statement_ref, l.booking_date, l.bank_reference
            order by m.statement_id, m.entry_index""";
    private static final String PROPOSALS = """
            select r.statement_id, r.entry_index, r.confidence, r.reason, l.amount_vnd, l.booking_date,
                l.bank_reference, p.end_to_end_id, p.amount_vnd as payment_amount_vnd, p.creditor_name
            from recon_proposal r
            join statement_line l on l.statement_id = r.statement_id and l.entry_index = r.entry_index
            join payment p on p.id = r.payment_id
            where r.reconciliation_id = $1 order by r.statement_id, r.entry_index""";
    public static final String BREAKS = """
            select b.ref, b.break_class, b.priority, b.age_bucket, b.amount_vnd, b.bank_amount_vnd,
                b.internal_amount_vnd, b.statement_id, b.entry_index, b.end_to_end_id, b.explanation, b.written_off,
                s.statement_ref, l.booking_date, l.bank_reference, l.direction, p.creditor_name, p.creditor_account,
                p.state as payment_state,
                (select w.text from recon_resolution w where w.reconciliation_id = b.reconciliation_id
                    and w.kind = 'WRITE_OFF' and w.break_ref = b.ref and w.withdrawn_at is null) as write_off_reason,
                (select coalesce(array_agg(n.actor || ': ' || n.text order by n.id), '{}') from recon_resolution n
                    where n.reconciliation_id = b.reconciliation_id and n.kind = 'NOTE' and n.break_ref = b.ref) as notes
            from recon_break b
            left join bank_statement s on s.id = b.statement_id
            left join statement_line l on l.statement_id = b.statement_id and l.entry_index = b.entry_index
            left join payment p on p.id = b.payment_id
            where b.reconciliation_id = $1
            order by case b.priority when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end, b.ref""";

    @Inject BlockingSql sql;

    public Map<String, Object> reconciliation(long id) {
        Row row = one(RECONCILIATION, id);
        var body = new LinkedHashMap<String, Object>();
        body.put("id", row.getLong("id"));
        body.put("bankBin", row.getString("bank_bin"));
        body.put("account", Masking.account(row.getString("account")));
        body.put("from", row.getLocalDate("from_date").toString());
        body.put("to", row.getLocalDate("to_date").toString());
        body.put("asOf", row.getOffsetDateTime("as_of").toInstant().toString());
        body.put("verdict", row.getString("verdict"));
        body.put("runCount", row.getInteger("run_count"));
        body.put("lastRunBy", row.getString("last_run_by"));
        body.put("resultSha256", row.getString("result_sha256"));
        body.put("runAuditSeq", row.getLong("run_audit_seq"));
        var statement = new LinkedHashMap<String, Object>();
        statement.put("bankControlVnd", row.getLong("bank_control_vnd"));
        statement.put("internalControlVnd", row.getLong("internal_control_vnd"));
        statement.put("matchedBankVnd", row.getLong("matched_bank_vnd"));
        statement.put("matchedInternalVnd", row.getLong("matched_internal_vnd"));
        statement.put("writtenOffVnd", row.getLong("written_off_vnd"));
        statement.put("residualVnd", row.getLong("residual_vnd"));
        statement.put("explainedByClass", new JsonObject(row.getString("explained")).getMap());
        body.put("statement", statement);
        body.put("findings", new io.vertx.core.json.JsonArray(row.getString("findings")).getList());
        body.put("matches", row.getLong("matches"));
        body.put("proposals", row.getLong("proposals"));
        body.put("breaks", row.getLong("breaks"));
        body.put("openBreaks", row.getLong("open_breaks"));
        body.put("statementFiles", list(FILES, id, file -> Map.of("id", file.getLong("id"), "fileName",
                file.getString("file_name"), "sha256", file.getString("sha256"))));
        return body;
    }

    public List<Map<String, Object>> matches(long id) {
        one(RECONCILIATION, id);
        return list(MATCHES, id, row -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("line", new LineRef(row.getLong("statement_id"), row.getLong("entry_index")).ref());
            item.put("statementRef", row.getString("statement_ref"));
            item.put("bookingDate", String.valueOf(row.getLocalDate("booking_date")));
            item.put("bankReference", row.getString("bank_reference"));
            item.put("kind", row.getString("kind"));
            item.put("origin", row.getString("origin"));
            item.put("batchMessageId", row.getString("batch_message_id"));
            item.put("confidence", row.getInteger("confidence"));
            item.put("pending", row.getBoolean("pending"));
            item.put("bankAmountVnd", row.getLong("bank_amount_vnd"));
            item.put("internalAmountVnd", row.getLong("internal_amount_vnd"));
            item.put("endToEndIds", List.of(row.getArrayOfStrings("outbound")));
            item.put("returnedEndToEndIds", List.of(row.getArrayOfStrings("returned")));
            return item;
        });
    }

    public List<Map<String, Object>> proposals(long id) {
        one(RECONCILIATION, id);
        return list(PROPOSALS, id, row -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("line", new LineRef(row.getLong("statement_id"), row.getLong("entry_index")).ref());
            item.put("lineAmountVnd", row.getLong("amount_vnd"));
            item.put("bookingDate", String.valueOf(row.getLocalDate("booking_date")));
            item.put("bankReference", row.getString("bank_reference"));
            item.put("endToEndId", row.getString("end_to_end_id"));
            item.put("paymentAmountVnd", row.getLong("payment_amount_vnd"));
            item.put("creditorName", row.getString("creditor_name"));
            item.put("confidence", row.getInteger("confidence"));
            item.put("reason", row.getString("reason"));
            return item;
        });
    }

    public List<Map<String, Object>> breaks(long id) {
        one(RECONCILIATION, id);
        return list(BREAKS, id, ReconciliationViews::breakView);
    }

    static Map<String, Object> breakView(Row row) {
        var item = new LinkedHashMap<String, Object>();
        item.put("ref", row.getString("ref"));
        item.put("breakClass", row.getString("break_class"));
        item.put("priority", row.getString("priority"));
        item.put("age", row.getString("age_bucket"));
        item.put("amountVnd", row.getLong("amount_vnd"));
        item.put("bankAmountVnd", row.getLong("bank_amount_vnd"));
        item.put("internalAmountVnd", row.getLong("internal_amount_vnd"));
        item.put("statementRef", row.getString("statement_ref"));
        item.put("bookingDate", row.getLocalDate("booking_date") == null ? null : row.getLocalDate("booking_date").toString());
        item.put("bankReference", row.getString("bank_reference"));
        item.put("endToEndId", row.getString("end_to_end_id"));
        item.put("creditorName", row.getString("creditor_name"));
        item.put("creditorAccount", row.getString("creditor_account") == null ? null
                : Masking.account(row.getString("creditor_account")));
        item.put("paymentState", row.getString("payment_state"));
        item.put("explanation", row.getString("explanation"));
        item.put("status", row.getBoolean("written_off") ? "WRITTEN_OFF" : "OPEN");
        item.put("writeOffReason", row.getString("write_off_reason"));
        item.put("notes", List.of(row.getArrayOfStrings("notes")));
        return item;
    }

    private Row one(String query, long id) {
        var rows = sql.await(sql.pool().preparedQuery(query).execute(Tuple.of(id)));
        if (rows.size() == 0) {
            throw DomainException.notFound("RECONCILIATION_NOT_FOUND", "There is no reconciliation " + id + ".");
        }
        return rows.iterator().next();
    }

    private <T> List<T> list(String query, long id, java.util.function.Function<Row, T> view) {
        List<T> out = new ArrayList<>();
        sql.await(sql.pool().preparedQuery(query).execute(Tuple.of(id))).forEach(row -> out.add(view.apply(row)));
        return out;
    }
}
