package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Optional;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;
import vn.ansinh.rails.reason.Actor;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.reason.ReasonCodes;

/**
 * Writes a re-issue run: one REISSUE line per chosen failed payment, same amount, paid into the beneficiary's
 * CURRENT account, so an account fixed since the failure is the one used. Each line names the payment it re-issues.
 * A payment that cannot be re-issued refuses the whole request, naming it; a person who died or is no longer known
 * since the failure is excluded with the reason, as in a regular run.
 *
 * <p>Re-issue lines never claim period_payment: the period was claimed when the original payment was released, and
 * the re-issue pays that same claim again after it failed. Claiming it twice would be refused by the primary key.
 */
@ApplicationScoped
public class ReissueRunWriter {

    /** Locks the chosen payments first, so the checks below see any re-issue committed while we waited. */
    private static final String LOCK = "select id from payment where id = any ($1) order by id for update";

    private static final String CHECK = """
            select t.id, p.id is not null as found, p.program_code, p.state, p.reason_code, p.creditor_bin,
                p.creditor_account, b.status, a.bank_bin, a.account_number,
                exists (select 1 from payment r where r.reissue_of = t.id) as reissued,
                (select min(l.run_id) from payout_line l join payout_run lr on lr.id = l.run_id
                    where l.reissue_of_payment = t.id and lr.status in ('DRAFT', 'SUBMITTED', 'APPROVED')) as live_run
            from unnest($1::bigint[]) as t(id)
            left join payment p on p.id = t.id
            left join beneficiary b on b.id = p.beneficiary_id
            left join beneficiary_account a on a.beneficiary_id = b.id and a.valid_to is null
            order by t.id""";

    private static final String WRITE = """
            with chosen as (
                select p.id as payment_id, p.amount_vnd, b.id, b.cccd, b.full_name, b.status, a.bank_bin,
                    a.account_number,
                    case when b.id = any ($3) or b.status = 'DECEASED' then 'DECEASED'
                        when b.id = any ($4) then 'NOT_IN_REGISTRY'
                        when b.status = 'SUSPENDED' then 'SUSPENDED' end as reason
                from payment p join beneficiary b on b.id = p.beneficiary_id
                join beneficiary_account a on a.beneficiary_id = b.id and a.valid_to is null
                where p.id = any ($2)
            ), lines as (
                insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                    amount_vnd, kind, reissue_of_payment)
                select $1, row_number() over (order by c.payment_id), c.id, c.cccd, c.full_name, c.bank_bin,
                    c.account_number, c.amount_vnd, 'REISSUE', c.payment_id
                from chosen c where c.reason is null
                returning amount_vnd
            ), exclusions as (
                insert into run_exclusion (run_id, beneficiary_id, reason, detail)
                select distinct on (c.id) $1, c.id, c.reason, case c.reason
                    when 'DECEASED' then 'the person is deceased; payment ' || c.payment_id || ' is not re-issued'
                    when 'NOT_IN_REGISTRY' then 'the population registry no longer knows this CCCD; payment '
                        || c.payment_id || ' is not re-issued'
                    else 'the beneficiary is suspended; payment ' || c.payment_id || ' is not re-issued' end
                from chosen c where c.reason is not null
                order by c.id, c.payment_id
                returning reason
            )
            select (select count(*) from chosen), (select count(*) from lines),
                (select coalesce(sum(amount_vnd), 0) from lines)::bigint, (select count(*) from exclusions)""";

    public Uni<WrittenRun> write(SqlConnection connection, long runId, RunRequest.Reissue request, LifeFindings life) {
        var ids = request.paymentIds().toArray(Long[]::new);
        return connection.preparedQuery(LOCK).execute(Tuple.of((Object) ids))
                .chain(() -> connection.preparedQuery(CHECK).execute(Tuple.of((Object) ids)))
                .invoke(rows -> {
                    var violations = new ArrayList<Violation>();
                    rows.forEach(row -> problem(row, request.programCode()).ifPresent(detail -> violations.add(
                            Violation.ofField("paymentIds", "NOT_REISSUABLE", "Payment " + row.getLong("id") + ": " + detail))));
                    if (!violations.isEmpty()) {
                        throw new DomainException(DomainException.Kind.CONFLICT, "PAYMENT_NOT_REISSUABLE",
                                "Some payments cannot be re-issued; nothing was created.", null, violations);
                    }
                })
                .chain(() -> connection.preparedQuery(WRITE).execute(Tuple.of(runId, ids, life.deceasedArray(),
                        life.notInRegistryArray())))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new WrittenRun(row.getLong(0), 0, 0, 0, 0, row.getLong(1), row.getLong(2), row.getLong(3), 0, 0);
                });
    }

    /** Why this payment cannot be re-issued now, or empty when it can. */
    static Optional<String> problem(Row row, String programCode) {
        if (!row.getBoolean("found") || !programCode.equals(row.getString("program_code"))) {
            return Optional.of("there is no such payment in " + programCode + ".");
        }
        String state = row.getString("state");
        if (!"REJECTED".equals(state) && !"RETURNED".equals(state)) {
            return Optional.of("it is " + state + "; only REJECTED or RETURNED payments are re-issued.");
        }
        if (row.getBoolean("reissued")) return Optional.of("it has already been re-issued.");
        if (row.getLong("live_run") != null) {
            return Optional.of("run " + row.getLong("live_run") + " already re-issues it; cancel that run first.");
        }
        if (row.getString("bank_bin") == null) {
            return Optional.of("the beneficiary has no current account; record a verified account first.");
        }
        return unchangedAccount(row);
    }

    /** A payment refused for the beneficiary's account fails again into the same account: fix it first. */
    private static Optional<String> unchangedAccount(Row row) {
        String code = row.getString("reason_code");
        var advice = code == null ? ReasonCodes.unknown(ReasonCode.of("NONE")) : ReasonCodes.standard().adviceFor(ReasonCode.of(code));
        boolean sameAccount = row.getString("bank_bin").equals(row.getString("creditor_bin"))
                && row.getString("account_number").equals(row.getString("creditor_account"));
        return advice.actor() == Actor.BENEFICIARY && sameAccount
                ? Optional.of("it failed with " + advice.code() + " (" + advice.english() + ") and the beneficiary's "
                        + "account has not changed since; record the corrected account first.")
                : Optional.empty();
    }
}
