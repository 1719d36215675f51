package vn.ansinh.payout.cash;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.identity.Masking;
import vn.ansinh.payout.run.RunStatus;
import vn.ansinh.payout.run.RunStore;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/**
 * The commune cash list of a run: people the run could not pay by bank for want of a verified account. Cash is
 * handed over after the run is released; each hand-over is confirmed with the commune's receipt number, audited.
 */
@ApplicationScoped
public class CashList {

    static final int PAGE_ROWS = 1_000;
    static final Duration PAGE_WAIT_MAX = Duration.ofSeconds(60);
    public static final int RECEIPT_LENGTH_MAX = 64;

    private static final String PAGE = """
            select coalesce(c.commune_code, '') as commune, c.beneficiary_id, b.full_name, b.cccd, c.amount_vnd,
                c.receipt_number, c.confirmed_by, c.confirmed_at
            from cash_payment c join beneficiary b on b.id = c.beneficiary_id
            where c.run_id = $1 and (coalesce(c.commune_code, ''), c.beneficiary_id) > ($2, $3)
            order by coalesce(c.commune_code, ''), c.beneficiary_id limit $4""";

    private static final String CONFIRM = """
            update cash_payment set receipt_number = $3, confirmed_by = $4, confirmed_at = now()
            where run_id = $1 and beneficiary_id = $2 and confirmed_at is null
            returning amount_vnd""";

    private static final String CONFIRMED_BEFORE = """
            select receipt_number from cash_payment where run_id = $1 and beneficiary_id = $2""";

    @Inject Pool pool;
    @Inject RunStore runs;
    @Inject AuditLog audit;

    /** Writes the whole list, a page at a time: blocking, for a worker thread. */
    public void write(long runId, CashListFormat format, OutputStream out) throws IOException {
        try (var writer = CashListWriter.of(format, out)) {
            String commune = "";
            long beneficiary = 0;
            while (true) {
                var page = page(runId, commune, beneficiary).await().atMost(PAGE_WAIT_MAX);
                for (var row : page) writer.write(row);
                if (page.size() < PAGE_ROWS) break;
                commune = page.getLast().communeCode();
                beneficiary = page.getLast().beneficiaryId();
            }
        }
    }

    /** A cancelled or rejected run is never paid, so its list must not reach a commune as something to pay out. */
    public Uni<Void> requirePayableRun(long runId) {
        return runs.require(pool, runId).invoke(run -> {
            if (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.REJECTED) {
                throw DomainException.conflict("RUN_NOT_PAYABLE", "Run " + runId + " is " + run.status()
                        + " and will never be paid; its cash list is not handed out.");
            }
        }).replaceWithVoid();
    }

    /** Confirms the hand-over to one person with the commune's receipt number; once, and only after release. */
    public Uni<Void> confirm(long runId, long beneficiaryId, String receiptNumber, String actor) {
        String receipt = requireReceipt(receiptNumber);
        return pool.withTransaction(connection -> runs.lock(connection, runId).chain(run -> {
            if (run.status() != RunStatus.RELEASED && run.status() != RunStatus.COMPLETED) {
                throw DomainException.conflict("RUN_NOT_RELEASED", "Run " + runId + " is " + run.status()
                        + "; cash is handed over only once the run is released.");
            }
            return connection.preparedQuery(CONFIRM).execute(Tuple.of(runId, beneficiaryId, receipt, actor)).chain(rows -> {
                if (rows.size() == 0) return refuse(connection, runId, beneficiaryId);
                long amount = rows.iterator().next().getLong(0);
                return audit.append(connection, new AuditEvent(actor, "CASH_PAYMENT_CONFIRMED",
                        "run:" + runId + ":cash:" + beneficiaryId,
                        Map.of("beneficiaryId", beneficiaryId, "amountVnd", amount, "receiptNumber", receipt)))
                        .replaceWithVoid();
            });
        }));
    }

    private static String requireReceipt(String receiptNumber) {
        String receipt = receiptNumber == null ? "" : receiptNumber.strip();
        if (receipt.isEmpty() || receipt.length() > RECEIPT_LENGTH_MAX || !receipt.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw DomainException.invalid("RECEIPT_INVALID", "Give the commune's receipt number: 1 to "
                    + RECEIPT_LENGTH_MAX + " printable ASCII characters.", List.of(Violation.ofField("receiptNumber",
                    "REQUIRED", "The receipt number as written on the commune's receipt.")));
        }
        return receipt;
    }

    private static Uni<Void> refuse(io.vertx.mutiny.sqlclient.SqlConnection connection, long runId, long beneficiaryId) {
        return connection.preparedQuery(CONFIRMED_BEFORE).execute(Tuple.of(runId, beneficiaryId)).invoke(rows -> {
            if (rows.size() == 0) {
                throw DomainException.notFound("NOT_ON_CASH_LIST", "Beneficiary " + beneficiaryId
                        + " is not on the cash list of run " + runId + ".");
            }
            throw DomainException.conflict("CASH_ALREADY_CONFIRMED", "The cash payment to beneficiary " + beneficiaryId
                    + " in run " + runId + " was already confirmed with receipt " + rows.iterator().next().getString(0) + ".");
        }).replaceWithVoid();
    }

    private Uni<List<CashRow>> page(long runId, String afterCommune, long afterBeneficiary) {
        return pool.preparedQuery(PAGE).execute(Tuple.of(runId, afterCommune, afterBeneficiary, PAGE_ROWS)).map(rows -> {
            var out = new ArrayList<CashRow>(rows.size());
            rows.forEach(row -> out.add(row(row)));
            return out;
        });
    }

    private static CashRow row(Row row) {
        return new CashRow(row.getString("commune"), row.getLong("beneficiary_id"), row.getString("full_name"),
                Masking.cccd(row.getString("cccd")), row.getLong("amount_vnd"),
                Optional.ofNullable(row.getString("receipt_number")), Optional.ofNullable(row.getString("confirmed_by")),
                Optional.ofNullable(row.get(OffsetDateTime.class, "confirmed_at")).map(OffsetDateTime::toInstant));
    }
}
