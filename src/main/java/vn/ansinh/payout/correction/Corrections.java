package vn.ansinh.payout.correction;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.identity.Masking;
import vn.ansinh.payout.run.PayoutConfig;
import vn.ansinh.rails.reason.ReasonAdvice;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.reason.ReasonCodes;

/**
 * The failed payments of a program that still wait for someone to act: REJECTED or RETURNED, not re-issued, and not
 * on a run that may still re-issue them. Each comes with the ISO reason's advice: who must act, in Vietnamese and
 * English, and whether paying again after the correction makes sense.
 */
@ApplicationScoped
public class Corrections {

    private static final String PAGE = """
            select p.id, p.run_id, p.line_no, p.end_to_end_id, p.period, p.beneficiary_id, b.full_name, b.cccd,
                p.creditor_bin, p.creditor_account, p.amount_vnd, p.state, p.reason_code, p.state_changed_at,
                a.bank_bin is not null and (a.bank_bin, a.account_number) is distinct from (p.creditor_bin, p.creditor_account)
                    as account_changed
            from payment p join beneficiary b on b.id = p.beneficiary_id
            left join beneficiary_account a on a.beneficiary_id = b.id and a.valid_to is null
            where p.program_code = $1 and p.state in ('REJECTED', 'RETURNED') and p.id > $2
                and not exists (select 1 from payment again where again.reissue_of = p.id)
                and not exists (select 1 from payout_line l join payout_run r on r.id = l.run_id
                    where l.reissue_of_payment = p.id and r.status in ('DRAFT', 'SUBMITTED', 'APPROVED'))
            order by p.id limit $3""";

    @Inject Pool pool;
    @Inject PayoutConfig config;

    public Uni<List<Map<String, Object>>> page(String programCode, long afterPaymentId, int limit) {
        int size = Math.min(Math.max(1, limit), config.pageRowsMax());
        return pool.preparedQuery("select 1 from program where code = $1").execute(Tuple.of(programCode))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        throw vn.ansinh.platform.DomainException.notFound("PROGRAM_NOT_FOUND",
                                "There is no program " + programCode + ".");
                    }
                })
                .chain(() -> pool.preparedQuery(PAGE).execute(Tuple.of(programCode, afterPaymentId, size)))
                .map(rows -> {
                    var out = new ArrayList<Map<String, Object>>(rows.size());
                    rows.forEach(row -> out.add(view(row)));
                    return out;
                });
    }

    static Map<String, Object> view(Row row) {
        var body = new LinkedHashMap<String, Object>();
        body.put("paymentId", row.getLong("id"));
        body.put("runId", row.getLong("run_id"));
        body.put("lineNo", row.getInteger("line_no"));
        body.put("endToEndId", row.getString("end_to_end_id"));
        body.put("period", row.getString("period"));
        body.put("beneficiaryId", row.getLong("beneficiary_id"));
        body.put("fullName", row.getString("full_name"));
        body.put("cccd", Masking.cccd(row.getString("cccd")));
        body.put("bankBin", row.getString("creditor_bin"));
        body.put("account", Masking.account(row.getString("creditor_account")));
        body.put("amountVnd", row.getLong("amount_vnd"));
        body.put("state", row.getString("state"));
        body.put("failedAt", row.get(OffsetDateTime.class, "state_changed_at").toInstant().toString());
        body.put("currentAccountDiffers", row.getBoolean("account_changed"));
        body.put("advice", advice(adviceFor(row.getString("reason_code"))));
        return body;
    }

    /** The table's advice; a payment with no reason code gets the table's default for an unknown code. */
    static ReasonAdvice adviceFor(String code) {
        return code == null ? ReasonCodes.unknown(ReasonCode.of("NONE")) : ReasonCodes.standard().adviceFor(ReasonCode.of(code));
    }

    private static Map<String, Object> advice(ReasonAdvice advice) {
        var body = new LinkedHashMap<String, Object>();
        body.put("reasonCode", advice.code().value());
        body.put("actor", advice.actor().name());
        body.put("reissueAfterCorrection", advice.reissueAfterCorrection());
        body.put("vietnamese", advice.vietnamese());
        body.put("english", advice.english());
        return body;
    }
}
