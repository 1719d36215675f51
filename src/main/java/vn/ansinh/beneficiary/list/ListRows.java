package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;

/** Rows of a list as officers read them — masked — and the review of rows that need a person's decision. */
@ApplicationScoped
public class ListRows {

    static final int PAGE_ROWS_MAX = 1_000;

    /** One row for people: CCCD and account masked, reasons spelled out. */
    public record RowView(long row, String fullName, String cccd, String bankBin, String account, Long amountVnd,
                          String outcome, List<String> reasons, List<String> details, String registryName,
                          Integer registryNameScoreBp, String bankHolderName, Integer accountNameScoreBp,
                          String reviewedBy, String reviewDecision, String reviewReason) {}

    /** An officer's decision on a NEEDS_REVIEW row. */
    public enum Decision { ACCEPT, REJECT }

    private static final String COLUMNS = """
            row_number, full_name, cccd, bank_bin, account_number, amount_vnd, outcome, reasons, reason_details,
            registry_name, registry_name_score_bp, bank_holder_name, account_name_score_bp, reviewed_by,
            review_decision, review_reason""";

    @Inject Pool pool;
    @Inject AuditLog audit;
    @Inject Enrolment enrolment;

    /** A page of rows after {@code afterRow}, optionally only one outcome and/or one reason code. */
    public Uni<List<RowView>> page(long listId, Optional<Outcome> outcome, Optional<String> reason, long afterRow, int limit) {
        String sql = "select " + COLUMNS + " from list_row where list_id = $1 and row_number > $2 "
                + "and ($3::text is null or outcome = $3) and ($4::text is null or $4 = any (reasons)) "
                + "order by row_number limit $5";
        return pool.preparedQuery(sql).execute(Tuple.of(listId, afterRow, outcome.map(Enum::name).orElse(null),
                reason.orElse(null), Math.min(Math.max(1, limit), PAGE_ROWS_MAX))).map(rows -> {
                    var out = new ArrayList<RowView>(rows.size());
                    rows.forEach(row -> out.add(view(row)));
                    return out;
                });
    }

    /**
     * Resolves a NEEDS_REVIEW row: ACCEPT enrols the person, REJECT rejects the row. The written reason, the
     * decision and the row's counters change in one transaction with the audit entry.
     */
    public Uni<RowView> review(String programCode, long listId, long rowNumber, Decision decision, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > 1_000) {
            return Uni.createFrom().failure(DomainException.invalid("REVIEW_REASON_REQUIRED",
                    "A review needs a written reason of 1 to 1,000 characters.",
                    List.of(vn.ansinh.platform.Violation.ofField("reason", "REQUIRED", "Say why."))));
        }
        Outcome to = decision == Decision.ACCEPT ? Outcome.VERIFIED : Outcome.REJECTED;
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        update list_row set outcome = $3, review_decision = $4, review_reason = $5, reviewed_by = $6,
                            reviewed_at = now()
                        where list_id = $1 and row_number = $2 and outcome = 'NEEDS_REVIEW'
                            and exists (select 1 from beneficiary_list l where l.id = $1 and l.program_code = $7
                                and l.status = 'COMPLETED')
                        returning row_number""")
                .execute(Tuple.from(List.of(listId, rowNumber, to.name(), decision.name(), reason.strip(), actor, programCode)))
                .chain(updated -> {
                    if (updated.rowCount() == 0) {
                        return Uni.createFrom().failure(DomainException.conflict("ROW_NOT_IN_REVIEW", "Row " + rowNumber
                                + " of list " + listId + " is not waiting for review (or the list is still being processed)."));
                    }
                    var counts = OutcomeCounts.one(Outcome.NEEDS_REVIEW, to);
                    return connection.preparedQuery("""
                                    update beneficiary_list set rows_verified = rows_verified + $2,
                                        rows_rejected = rows_rejected + $3, rows_needs_review = rows_needs_review + $4
                                    where id = $1""")
                            .execute(Tuple.of(listId, counts.verified(), counts.rejected(), counts.needsReview()))
                            .chain(() -> decision == Decision.ACCEPT
                                    ? enrolment.enrolRow(connection, listId, programCode, rowNumber).replaceWithVoid()
                                    : Uni.createFrom().voidItem())
                            .chain(() -> audit.append(connection, new AuditEvent(actor, "LIST_ROW_REVIEWED",
                                    "list:" + listId + ":row:" + rowNumber,
                                    Map.of("decision", decision.name(), "outcome", to.name(), "reason", reason.strip()))));
                }))
                .chain(() -> page(listId, Optional.empty(), Optional.empty(), rowNumber - 1, 1))
                .map(List::getFirst);
    }

    private static RowView view(Row row) {
        return new RowView(row.getLong("row_number"), row.getString("full_name"), Masking.cccd(row.getString("cccd")),
                row.getString("bank_bin"), Masking.account(row.getString("account_number")), row.getLong("amount_vnd"),
                row.getString("outcome"), Arrays.asList(row.getArrayOfStrings("reasons")),
                Arrays.asList(row.getArrayOfStrings("reason_details")), row.getString("registry_name"),
                row.getInteger("registry_name_score_bp"), row.getString("bank_holder_name"),
                row.getInteger("account_name_score_bp"), row.getString("reviewed_by"),
                row.getString("review_decision"), row.getString("review_reason"));
    }
}
