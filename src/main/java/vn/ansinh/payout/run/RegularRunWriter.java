package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.payout.settings.BenefitRule;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/**
 * Writes a regular run in one statement: every enrolled beneficiary of the program is classified once, then becomes
 * a BENEFIT line or an exclusion with its reason (and a commune cash row when the reason is a missing account). Set
 * based, so a million-line run is one pass over the tables rather than a million round trips.
 *
 * <p>The classification, first matching reason wins (see {@link ExclusionReason}): the person (dead, unknown to the
 * registry, suspended), then the period (already claimed in period_payment), then the account (the latest list row
 * for the CCCD is NEEDS_REVIEW or PENDING; or there is no current account, or the latest row was rejected for an
 * account reason). The latest row is the first row for the CCCD in the program's newest list that did not fail,
 * ignoring rows rejected only as repeats within their file, since those say nothing about the person.
 */
@ApplicationScoped
public class RegularRunWriter {

    private static final String WRITE = """
            with latest_row as (
                select distinct on (r.cccd) r.cccd, r.list_id, r.row_number, r.outcome, r.reasons
                from list_row r join beneficiary_list l on l.id = r.list_id
                where l.program_code = $2 and l.status <> 'FAILED' and not ('DUPLICATE_IN_FILE' = any (r.reasons))
                order by r.cccd, r.list_id desc, r.row_number
            ), facts as (
                select b.id, b.cccd, b.full_name, b.commune_code, b.status, b.updated_at, a.bank_bin, a.account_number,
                    pp.run_id as paid_by_run, lr.list_id, lr.row_number, lr.outcome, lr.reasons,
                    case $6 when 'FIXED' then $7::bigint
                        when 'BASE_COEFFICIENT' then ($8::bigint * c.permille + 500) / 1000
                        else b.benefit_amount_vnd end as amount_vnd,
                    case when b.id = any ($4) or b.status = 'DECEASED' then 'DECEASED'
                        when b.id = any ($5) then 'NOT_IN_REGISTRY'
                        when b.status = 'SUSPENDED' then 'SUSPENDED' end as person_reason,
                    case when lr.outcome in ('NEEDS_REVIEW', 'PENDING') then 'ACCOUNT_UNDER_REVIEW'
                        when a.id is null or (lr.outcome = 'REJECTED' and lr.reasons && array['BANK_UNKNOWN',
                            'ACCOUNT_FORMAT', 'ACCOUNT_NOT_FOUND', 'ACCOUNT_CLOSED', 'ACCOUNT_NAME_MISMATCH'])
                        then 'NO_VERIFIED_ACCOUNT' end as account_reason
                from beneficiary b
                left join beneficiary_account a on a.beneficiary_id = b.id and a.valid_to is null
                left join period_payment pp on pp.program_code = b.program_code and pp.period = $3 and pp.beneficiary_id = b.id
                left join latest_row lr on lr.cccd = b.cccd
                left join unnest($9::text[], $10::int[]) as c(category, permille) on c.category = b.category
                where b.program_code = $2
            ), classified as (
                select f.*, coalesce(f.person_reason, case when f.paid_by_run is not null
                    then 'ALREADY_PAID_FOR_PERIOD' end, f.account_reason) as reason
                from facts f
            ), numbered as (
                select c.*, row_number() over (order by c.id) as line_no from classified c where c.reason is null
            ), benefit as (
                insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                    amount_vnd, kind)
                select $1, n.line_no, n.id, n.cccd, n.full_name, n.bank_bin, n.account_number, n.amount_vnd, 'BENEFIT'
                from numbered n
                returning amount_vnd
            ), arrears as (
                insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                    amount_vnd, kind)
                select $1, (select count(*) from numbered) + t.ordinality, c.id, c.cccd, c.full_name, c.bank_bin,
                    c.account_number, t.amount_vnd, 'ARREARS'
                from unnest($11::bigint[], $12::bigint[]) with ordinality as t(beneficiary_id, amount_vnd, ordinality)
                join classified c on c.id = t.beneficiary_id and c.person_reason is null and c.account_reason is null
                returning amount_vnd
            ), exclusions as (
                insert into run_exclusion (run_id, beneficiary_id, reason, detail)
                select $1, c.id, c.reason, case c.reason
                    when 'DECEASED' then case when c.id = any ($4)
                        then 'the population registry reports the person deceased (checked when this run was created)'
                        else 'recorded deceased since ' || to_char(c.updated_at, 'YYYY-MM-DD') end
                    when 'NOT_IN_REGISTRY' then 'the population registry no longer knows this CCCD'
                    when 'SUSPENDED' then 'the beneficiary is suspended'
                    when 'ALREADY_PAID_FOR_PERIOD' then 'already paid for ' || $3 || ' by run ' || c.paid_by_run
                    when 'ACCOUNT_UNDER_REVIEW' then 'list ' || c.list_id || ' row ' || c.row_number || ' is '
                        || c.outcome || coalesce(': ' || nullif(array_to_string(c.reasons, ', '), ''), '')
                    else case when c.bank_bin is null then 'no current bank account; paid in cash at the commune'
                        else 'list ' || c.list_id || ' row ' || c.row_number || ' rejected the account ('
                            || array_to_string(c.reasons, ', ') || '); paid in cash at the commune' end
                    end
                from classified c where c.reason is not null
                returning reason
            ), cash as (
                insert into cash_payment (run_id, beneficiary_id, commune_code, amount_vnd)
                select $1, c.id, c.commune_code, c.amount_vnd from classified c where c.reason = 'NO_VERIFIED_ACCOUNT'
                returning amount_vnd
            )
            select (select count(*) from classified),
                (select count(*) from benefit), (select coalesce(sum(amount_vnd), 0) from benefit)::bigint,
                (select count(*) from arrears), (select coalesce(sum(amount_vnd), 0) from arrears)::bigint,
                (select count(*) from exclusions),
                (select count(*) from cash), (select coalesce(sum(amount_vnd), 0) from cash)::bigint""";

    /** ACTIVE beneficiaries whose category the BASE_COEFFICIENT rule cannot price. */
    private static final String UNPRICED = """
            select coalesce(category, ''), count(*) from beneficiary
            where program_code = $1 and status = 'ACTIVE' and (category is null or not (category = any ($2)))
            group by 1 order by 1""";

    private static final String ARREARS_NOT_WRITTEN = """
            select t.id from unnest($2::bigint[]) as t(id)
            where not exists (select 1 from payout_line l where l.run_id = $1 and l.kind = 'ARREARS' and l.beneficiary_id = t.id)
            order by t.id""";

    public Uni<WrittenRun> write(SqlConnection connection, long runId, RunRequest.Regular request, BenefitRule rule,
                                 LifeFindings life) {
        return refuseUnpriced(connection, request.programCode(), rule)
                .chain(() -> connection.preparedQuery(WRITE).execute(parameters(runId, request, rule, life)))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new WrittenRun(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3),
                            row.getLong(4), 0, 0, row.getLong(5), row.getLong(6), row.getLong(7));
                })
                .call(written -> written.arrearsLines() == request.arrears().size() ? Uni.createFrom().voidItem()
                        : refuseArrears(connection, runId, request));
    }

    private static Tuple parameters(long runId, RunRequest.Regular request, BenefitRule rule, LifeFindings life) {
        String kind = "ENROLLED_AMOUNT";
        Long fixed = null, base = null;
        String[] categories = new String[0];
        Integer[] permilles = new Integer[0];
        switch (rule) {
            case BenefitRule.EnrolledAmount _ -> { }
            case BenefitRule.Fixed f -> { kind = "FIXED"; fixed = f.amountVnd(); }
            case BenefitRule.BaseCoefficient b -> {
                kind = "BASE_COEFFICIENT";
                base = b.baseVnd();
                categories = b.coefficientsPermille().keySet().toArray(String[]::new);
                permilles = b.coefficientsPermille().values().toArray(Integer[]::new);
            }
        }
        var arrears = request.arrears();
        return Tuple.tuple().addLong(runId).addString(request.programCode()).addString(request.period().toString())
                .addArrayOfLong(life.deceasedArray()).addArrayOfLong(life.notInRegistryArray()).addString(kind)
                .addValue(fixed).addValue(base).addArrayOfString(categories).addArrayOfInteger(permilles)
                .addArrayOfLong(arrears.stream().map(Arrears::beneficiaryId).toArray(Long[]::new))
                .addArrayOfLong(arrears.stream().map(Arrears::amountVnd).toArray(Long[]::new));
    }

    private static Uni<Void> refuseUnpriced(SqlConnection connection, String programCode, BenefitRule rule) {
        if (!(rule instanceof BenefitRule.BaseCoefficient coefficient)) return Uni.createFrom().voidItem();
        var categories = coefficient.coefficientsPermille().keySet().toArray(String[]::new);
        return connection.preparedQuery(UNPRICED).execute(Tuple.of(programCode, categories)).invoke(rows -> {
            if (rows.size() == 0) return;
            var violations = new ArrayList<Violation>();
            rows.forEach(row -> violations.add(Violation.ofField("category", "NO_COEFFICIENT",
                    row.getLong(1) + " active beneficiaries have category '" + row.getString(0)
                            + "', which the benefit rule gives no coefficient.")));
            throw new DomainException(DomainException.Kind.CONFLICT, "CATEGORY_WITHOUT_COEFFICIENT",
                    "The benefit rule cannot price every active beneficiary; set their categories or extend the rule.",
                    null, violations);
        }).replaceWithVoid();
    }

    private static Uni<Void> refuseArrears(SqlConnection connection, long runId, RunRequest.Regular request) {
        var requested = request.arrears().stream().map(Arrears::beneficiaryId).toArray(Long[]::new);
        return connection.preparedQuery(ARREARS_NOT_WRITTEN).execute(Tuple.of(runId, requested)).invoke(rows -> {
            List<Violation> violations = new ArrayList<>();
            rows.forEach(row -> violations.add(Violation.ofField("arrears", "NOT_PAYABLE", "Beneficiary "
                    + row.getLong(0) + " cannot be paid arrears in this run: not enrolled in " + request.programCode()
                    + ", or excluded for a reason of the person or the account (see the run's exclusions).")));
            throw DomainException.invalid("ARREARS_NOT_PAYABLE", "Some arrears cannot be paid; nothing was created.",
                    violations);
        }).replaceWithVoid();
    }
}
