package vn.ansinh.payout.run;

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
import java.util.Optional;
import vn.ansinh.identity.Masking;

/** Runs as people read them: a summary with counts and totals, and pages of lines and exclusions, masked. */
@ApplicationScoped
public class RunViews {

    private static final String RUN = """
            select id, program_code, period, kind, status, created_by, created_at, submitted_by, submitted_at,
                decided_by, decided_at, released_by, released_at, completed_at, line_count, total_vnd, lines_sha256,
                approvals_required, decision_reason
            from payout_run where id = $1""";
    private static final String CASH = """
            select count(*), coalesce(sum(amount_vnd), 0)::bigint, count(confirmed_at) from cash_payment where run_id = $1""";
    private static final String LINES = """
            select line_no, beneficiary_id, full_name, cccd, bank_bin, account_number, amount_vnd, kind, reissue_of_payment
            from payout_line where run_id = $1 and line_no > $2 order by line_no limit $3""";
    private static final String EXCLUSIONS = """
            select e.beneficiary_id, b.full_name, b.cccd, e.reason, e.detail from run_exclusion e
            join beneficiary b on b.id = e.beneficiary_id
            where e.run_id = $1 and e.beneficiary_id > $2 and ($3::text is null or e.reason = $3)
            order by e.beneficiary_id limit $4""";
    private static final String LIST = """
            select id from payout_run where ($1::text is null or program_code = $1) and ($2::text is null or period = $2)
                and id < $3 order by id desc limit $4""";

    /** Run summaries on one page of the run list; each is several queries, so fewer than lines per page. */
    static final int RUNS_PER_PAGE_MAX = 100;

    @Inject Pool pool;
    @Inject IntegrityCheck integrity;
    @Inject PayoutConfig config;

    public Uni<Map<String, Object>> summary(long runId) {
        return pool.preparedQuery(RUN).execute(Tuple.of(runId)).chain(rows -> {
            if (rows.size() == 0) throw RunStore.notFound(runId);
            var body = header(rows.iterator().next());
            return RunCounts.linesByKind(pool, runId).invoke(kinds -> body.put("linesByKind", view(kinds)))
                    .chain(() -> RunCounts.exclusionsByReason(pool, runId)).invoke(excluded -> body.put("exclusions", excluded))
                    .chain(() -> pool.preparedQuery(CASH).execute(Tuple.of(runId))).invoke(cash -> {
                        var row = cash.iterator().next();
                        body.put("cash", Map.of("count", row.getLong(0), "totalVnd", row.getLong(1), "confirmed", row.getLong(2)));
                    })
                    .chain(() -> RunCounts.paymentsByState(pool, runId)).invoke(states -> body.put("paymentsByState", view(states)))
                    .chain(() -> integrity.approvals(pool, runId)).map(approvals -> {
                        body.put("approvals", approvals.stream().map(approval -> Map.of("approver",
                                approval.approver(), "approvedAt", approval.approvedAt().toString(),
                                "linesSha256", approval.linesSha256())).toList());
                        return body;
                    });
        });
    }

    public Uni<List<Map<String, Object>>> lines(long runId, long afterLine, int limit) {
        return exists(runId).chain(() -> pool.preparedQuery(LINES).execute(Tuple.of(runId, afterLine, page(limit))))
                .map(rows -> {
                    var out = new ArrayList<Map<String, Object>>(rows.size());
                    rows.forEach(row -> out.add(line(row)));
                    return out;
                });
    }

    public Uni<List<Map<String, Object>>> exclusions(long runId, Optional<ExclusionReason> reason, long afterBeneficiary,
                                                     int limit) {
        return exists(runId).chain(() -> pool.preparedQuery(EXCLUSIONS).execute(Tuple.of(runId, afterBeneficiary,
                        reason.map(Enum::name).orElse(null), page(limit))))
                .map(rows -> {
                    var out = new ArrayList<Map<String, Object>>(rows.size());
                    rows.forEach(row -> out.add(Map.of("beneficiaryId", row.getLong(0), "fullName", row.getString(1),
                            "cccd", Masking.cccd(row.getString(2)), "reason", row.getString(3), "detail", row.getString(4))));
                    return out;
                });
    }

    /** Run summaries, newest first, before {@code beforeId}. */
    public Uni<List<Map<String, Object>>> list(Optional<String> program, Optional<String> period, long beforeId, int limit) {
        return pool.preparedQuery(LIST).execute(Tuple.of(program.orElse(null), period.orElse(null), beforeId,
                Math.min(page(limit), RUNS_PER_PAGE_MAX))).chain(rows -> {
                    var ids = new ArrayList<Long>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return io.smallrye.mutiny.Multi.createFrom().iterable(ids)
                            .onItem().transformToUniAndConcatenate(this::summary).collect().asList();
                });
    }

    private Uni<Void> exists(long runId) {
        return pool.preparedQuery("select 1 from payout_run where id = $1").execute(Tuple.of(runId)).invoke(rows -> {
            if (rows.size() == 0) throw RunStore.notFound(runId);
        }).replaceWithVoid();
    }

    private int page(int limit) {
        return Math.min(Math.max(1, limit), config.pageRowsMax());
    }

    private static Map<String, Object> header(Row row) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", row.getLong("id"));
        body.put("program", row.getString("program_code"));
        body.put("period", row.getString("period"));
        body.put("kind", row.getString("kind"));
        body.put("status", row.getString("status"));
        body.put("lineCount", row.getLong("line_count"));
        body.put("totalVnd", row.getLong("total_vnd"));
        body.put("createdBy", row.getString("created_by"));
        for (String step : List.of("created_at", "submitted_at", "decided_at", "released_at", "completed_at")) {
            var at = row.get(OffsetDateTime.class, step);
            if (at != null) body.put(camel(step), at.toInstant().toString());
        }
        for (String column : List.of("submitted_by", "decided_by", "released_by", "lines_sha256", "decision_reason")) {
            if (row.getString(column) != null) body.put(camel(column), row.getString(column));
        }
        if (row.getInteger("approvals_required") != null) body.put("approvalsRequired", row.getInteger("approvals_required"));
        return body;
    }

    private static Map<String, Object> line(Row row) {
        var line = new LinkedHashMap<String, Object>();
        line.put("lineNo", row.getInteger("line_no"));
        line.put("beneficiaryId", row.getLong("beneficiary_id"));
        line.put("fullName", row.getString("full_name"));
        line.put("cccd", Masking.cccd(row.getString("cccd")));
        line.put("bankBin", row.getString("bank_bin"));
        line.put("account", Masking.account(row.getString("account_number")));
        line.put("amountVnd", row.getLong("amount_vnd"));
        line.put("kind", row.getString("kind"));
        if (row.getLong("reissue_of_payment") != null) line.put("reissueOfPayment", row.getLong("reissue_of_payment"));
        return line;
    }

    private static Map<String, Object> view(Map<String, RunCounts.Totals> totals) {
        var out = new LinkedHashMap<String, Object>();
        totals.forEach((key, value) -> out.put(key, value.view()));
        return out;
    }

    private static String camel(String column) {
        var parts = column.split("_");
        var out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return out.toString();
    }
}
