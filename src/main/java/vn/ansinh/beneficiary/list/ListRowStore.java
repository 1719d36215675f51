package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;
import vn.ansinh.identity.Gender;

/**
 * Rows in and out of PostgreSQL in bulk: one statement per chunk through unnest, since the reactive client has
 * no COPY. Reason codes travel as a comma-joined text and details as unit-separator-joined text, because unnest
 * flattens arrays of arrays.
 */
@ApplicationScoped
public class ListRowStore {

    static final String DETAIL_SEPARATOR = "\u001f";

    private static final String INSERT = """
            insert into list_row (list_id, row_number, full_name, cccd, date_of_birth, gender, amount_vnd, bank_input,
                bank_bin, account_number, account_holder_given, commune_code, phone, outcome, reasons, reason_details,
                registry_name, registry_name_score_bp, bank_holder_name, account_name_score_bp, pending_stage)
            select $1, t.rn, t.fn, t.cccd, t.dob, t.g, t.amt, t.bi, t.bin, t.acct, t.hg, t.cc, t.ph, t.oc,
                string_to_array(t.rs, ','), string_to_array(t.rd, E'\\x1f'), t.rname, t.rscore, t.hname, t.ascore, t.ps
            from unnest($2::bigint[], $3::text[], $4::text[], $5::date[], $6::text[], $7::bigint[], $8::text[],
                $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
                $17::text[], $18::int[], $19::text[], $20::int[], $21::text[])
                as t(rn, fn, cccd, dob, g, amt, bi, bin, acct, hg, cc, ph, oc, rs, rd, rname, rscore, hname, ascore, ps)
            on conflict (list_id, row_number) do nothing
            returning outcome""";

    private static final String RESOLVE = """
            update list_row r set outcome = t.oc, reasons = string_to_array(t.rs, ','),
                reason_details = string_to_array(t.rd, E'\\x1f'), registry_name = t.rname,
                registry_name_score_bp = t.rscore, bank_holder_name = t.hname, account_name_score_bp = t.ascore,
                pending_stage = t.ps
            from unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[],
                $9::int[], $10::text[]) as t(rn, oc, rs, rd, rname, rscore, hname, ascore, ps)
            where r.list_id = $1 and r.row_number = t.rn and r.outcome = 'PENDING'
            returning r.outcome""";

    private static final String COUNT = """
            update beneficiary_list set rows_read = rows_read + $2, rows_verified = rows_verified + $3,
                rows_rejected = rows_rejected + $4, rows_needs_review = rows_needs_review + $5,
                rows_pending = rows_pending + $6
            where id = $1""";

    private static final String CLAIM_PENDING = """
            select row_number, full_name, cccd, date_of_birth, gender, bank_bin, account_number, pending_stage,
                registry_name, registry_name_score_bp, reasons, reason_details
            from list_row where list_id = $1 and outcome = 'PENDING' order by row_number limit $2
            for update skip locked""";

    /** Stores new rows; rows already stored (a restarted read) are left alone and not counted again. */
    public Uni<OutcomeCounts> insert(SqlClient sql, long listId, List<ListedRow> rows) {
        int n = rows.size();
        Long[] rowNumber = new Long[n]; Long[] amount = new Long[n]; LocalDate[] dob = new LocalDate[n];
        String[] fullName = new String[n], cccd = new String[n], gender = new String[n], bankInput = new String[n],
                bin = new String[n], account = new String[n], holderGiven = new String[n], commune = new String[n],
                phone = new String[n];
        var verdicts = new Columns(n);
        for (int i = 0; i < n; i++) {
            BeneficiaryRow row = rows.get(i).row();
            rowNumber[i] = row.rowNumber();
            fullName[i] = row.fullName();
            cccd[i] = row.cccd();
            dob[i] = row.dateOfBirth().orElse(null);
            gender[i] = row.gender().map(g -> g == Gender.FEMALE ? "F" : "M").orElse(null);
            amount[i] = row.amountVnd().isPresent() ? row.amountVnd().getAsLong() : null;
            bankInput[i] = row.bank();
            bin[i] = rows.get(i).bin().orElse(null);
            account[i] = row.accountNumber();
            holderGiven[i] = row.accountHolder().orElse(null);
            commune[i] = row.communeCode().orElse(null);
            phone[i] = row.phone().orElse(null);
            verdicts.set(i, rows.get(i).verdict());
        }
        var params = Tuple.tuple().addLong(listId).addArrayOfLong(rowNumber).addArrayOfString(fullName)
                .addArrayOfString(cccd).addArrayOfLocalDate(dob).addArrayOfString(gender).addArrayOfLong(amount)
                .addArrayOfString(bankInput).addArrayOfString(bin).addArrayOfString(account)
                .addArrayOfString(holderGiven).addArrayOfString(commune).addArrayOfString(phone);
        verdicts.addTo(params);
        return sql.preparedQuery(INSERT).execute(params).chain(inserted -> count(sql, listId, countOutcomes(inserted)));
    }

    /** Replaces the verdicts of rows that were PENDING; rows no longer PENDING are left alone. */
    public Uni<OutcomeCounts> resolve(SqlClient sql, long listId, Map<Long, Verdict> verdicts) {
        // Nothing claimed: touch nothing, not even the list's counters, which a closing transaction may hold.
        if (verdicts.isEmpty()) return Uni.createFrom().item(new OutcomeCounts(0, 0, 0, 0, 0));
        var columns = new Columns(verdicts.size());
        Long[] rowNumber = new Long[verdicts.size()];
        int i = 0;
        for (var entry : verdicts.entrySet()) {
            rowNumber[i] = entry.getKey();
            columns.set(i++, entry.getValue());
        }
        var params = Tuple.tuple().addLong(listId).addArrayOfLong(rowNumber);
        params.addArrayOfString(columns.outcome).addArrayOfString(columns.reasons).addArrayOfString(columns.details)
                .addArrayOfString(columns.registryName).addArrayOfInteger(columns.registryScore)
                .addArrayOfString(columns.holderName).addArrayOfInteger(columns.accountScore)
                .addArrayOfString(columns.pendingStage);
        return sql.preparedQuery(RESOLVE).execute(params)
                .chain(updated -> count(sql, listId, countOutcomes(updated).asResolutionOfPending()));
    }

    /** Locks up to {@code limit} PENDING rows of a list for this transaction, with what was already learned. */
    public Uni<List<PendingRow>> claimPending(SqlClient sql, long listId, int limit) {
        return sql.preparedQuery(CLAIM_PENDING).execute(Tuple.of(listId, limit)).map(rows -> {
            var out = new ArrayList<PendingRow>(rows.size());
            rows.forEach(row -> out.add(pendingRow(row)));
            return out;
        });
    }

    /** A stored PENDING row: the candidate to ask about again, and its verdict without the pending mark. */
    public record PendingRow(Candidate candidate, Verdict.PendingStage stage, Verdict soFar) {}

    private static PendingRow pendingRow(Row row) {
        var candidate = new Candidate(row.getLong("row_number"), row.getString("full_name"), row.getString("cccd"),
                row.getLocalDate("date_of_birth"), "F".equals(row.getString("gender")) ? Gender.FEMALE : Gender.MALE,
                row.getString("bank_bin"), row.getString("account_number"));
        var stage = Verdict.PendingStage.valueOf(row.getString("pending_stage"));
        String[] reasons = row.getArrayOfStrings("reasons");
        String[] details = row.getArrayOfStrings("reason_details");
        var kept = new ArrayList<RowProblem>();
        for (int i = 0; i < reasons.length; i++) {
            var code = ReasonCode.valueOf(reasons[i]);
            if (code != ReasonCode.PENDING_VERIFICATION) {
                kept.add(new RowProblem(code, Optional.empty(), i < details.length ? details[i] : ""));
            }
        }
        Integer score = row.getInteger("registry_name_score_bp");
        var soFar = new Verdict(kept, Optional.ofNullable(row.getString("registry_name")),
                score == null ? OptionalInt.empty() : OptionalInt.of(score), Optional.empty(), OptionalInt.empty(),
                Optional.empty());
        return new PendingRow(candidate, stage, soFar);
    }

    private Uni<OutcomeCounts> count(SqlClient sql, long listId, OutcomeCounts counts) {
        return sql.preparedQuery(COUNT).execute(Tuple.from(List.of(listId, counts.read(), counts.verified(),
                counts.rejected(), counts.needsReview(), counts.pending()))).replaceWith(counts);
    }

    private static OutcomeCounts countOutcomes(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        long verified = 0, rejected = 0, review = 0, pending = 0, total = 0;
        for (Row row : rows) {
            total++;
            switch (row.getString(0)) {
                case "VERIFIED" -> verified++;
                case "REJECTED" -> rejected++;
                case "NEEDS_REVIEW" -> review++;
                default -> pending++;
            }
        }
        return new OutcomeCounts(total, verified, rejected, review, pending);
    }

    /** The verdict half of a row, as parallel arrays for unnest. */
    private static final class Columns {
        final String[] outcome, reasons, details, registryName, holderName, pendingStage;
        final Integer[] registryScore, accountScore;

        Columns(int n) {
            outcome = new String[n]; reasons = new String[n]; details = new String[n]; registryName = new String[n];
            holderName = new String[n]; pendingStage = new String[n];
            registryScore = new Integer[n]; accountScore = new Integer[n];
        }

        void set(int i, Verdict verdict) {
            outcome[i] = verdict.outcome().name();
            reasons[i] = String.join(",", verdict.problems().stream().map(p -> p.code().name()).toList());
            details[i] = String.join(DETAIL_SEPARATOR, verdict.problems().stream().map(RowProblem::describe).toList());
            registryName[i] = verdict.registryName().orElse(null);
            registryScore[i] = verdict.registryScoreBp().isPresent() ? verdict.registryScoreBp().getAsInt() : null;
            holderName[i] = verdict.bankHolderName().orElse(null);
            accountScore[i] = verdict.accountScoreBp().isPresent() ? verdict.accountScoreBp().getAsInt() : null;
            pendingStage[i] = verdict.pending().map(Enum::name).orElse(null);
        }

        void addTo(Tuple params) {
            params.addArrayOfString(outcome).addArrayOfString(reasons).addArrayOfString(details)
                    .addArrayOfString(registryName).addArrayOfInteger(registryScore).addArrayOfString(holderName)
                    .addArrayOfInteger(accountScore).addArrayOfString(pendingStage);
        }
    }
}
