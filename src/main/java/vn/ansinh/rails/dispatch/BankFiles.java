package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Optional;

/**
 * bank_file rows: declared from the database's own count and sum of a run's CREATED file payments for one paying
 * bank, then read back (and locked, when recording) with what writing the file needs.
 */
final class BankFiles {

    private static final String QUEUE_TOTALS = """
            select count(*) as payments, coalesce(sum(amount_vnd), 0) as vnd,
                count(distinct debtor_account) as debtor_accounts
            from payment where run_id = $1 and debtor_bin = $2 and rail = 'FILE' and state = 'CREATED'""";
    private static final String DECLARE = """
            insert into bank_file (run_id, bank_bin, message_id, tx_count, control_sum_vnd, status)
            values ($1, $2, $3, $4, $5, 'WRITTEN')
            on conflict (run_id, bank_bin) do nothing""";
    private static final String FIND = """
            select f.id, f.run_id, f.bank_bin, f.message_id, f.tx_count, f.control_sum_vnd, f.status, f.bank_file_ref,
                f.sha256, f.created_at, r.period, r.line_count, g.code as program_code, coalesce(g.funding_name, g.name) as debtor_name,
                (select p.debtor_account from payment p where p.run_id = f.run_id and p.debtor_bin = f.bank_bin
                    and p.rail = 'FILE' order by p.line_no limit 1) as debtor_account
            from bank_file f join payout_run r on r.id = f.run_id join program g on g.code = r.program_code
            where f.run_id = $1 and f.bank_bin = $2""";
    private static final String LOCK = "select id from bank_file where run_id = $1 and bank_bin = $2 for update";
    private static final String MARK_SENT = """
            update bank_file set status = 'SENT', bank_file_ref = $2, sha256 = $3
            where id = $1 and status = 'WRITTEN'""";
    private static final String MARK = "update bank_file set status = $2 where id = $1 and status = $3";
    private static final String RECORD_WRITTEN = "update bank_file set sha256 = $2 where id = $1 and status = 'WRITTEN'";

    /** What the database holds right now for a file: CREATED payments, their sum, how many paying accounts. */
    record QueueTotals(long payments, long vnd, long debtorAccounts) {
    }

    private BankFiles() {
    }

    static Uni<QueueTotals> queueTotals(SqlClient sql, long runId, String bankBin) {
        return sql.preparedQuery(QUEUE_TOTALS).execute(Tuple.of(runId, bankBin)).map(rows -> {
            Row row = rows.iterator().next();
            return new QueueTotals(row.getLong("payments"), row.getLong("vnd"), row.getLong("debtor_accounts"));
        });
    }

    /** Declares the file once; a second declaration (after a crash) keeps the first. */
    static Uni<Void> declare(SqlClient sql, long runId, String bankBin, QueueTotals totals) {
        return sql.preparedQuery(DECLARE).execute(Tuple.of(runId, bankBin, BankFile.messageIdFor(runId, bankBin),
                totals.payments(), totals.vnd())).replaceWithVoid();
    }

    static Uni<Optional<BankFile>> find(SqlClient sql, long runId, String bankBin) {
        return sql.preparedQuery(FIND).execute(Tuple.of(runId, bankBin))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(bankFile(rows.iterator().next())));
    }

    /** Locks the file's row for the recording transaction, then reads it. */
    static Uni<Optional<BankFile>> lock(SqlClient sql, long runId, String bankBin) {
        return sql.preparedQuery(LOCK).execute(Tuple.of(runId, bankBin)).chain(() -> find(sql, runId, bankBin));
    }

    static Uni<Boolean> markSent(SqlClient sql, BankFile file, String fileRef, String sha256) {
        return sql.preparedQuery(MARK_SENT).execute(Tuple.of(file.id(), fileRef, sha256))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Records the digest of the file written for a declaration that is not yet sent. */
    static Uni<Boolean> recordWritten(SqlClient sql, BankFile file, String sha256) {
        return sql.preparedQuery(RECORD_WRITTEN).execute(Tuple.of(file.id(), sha256)).map(rows -> rows.rowCount() == 1);
    }

    static Uni<Boolean> mark(SqlClient sql, BankFile file, BankFile.Status from, BankFile.Status to) {
        return sql.preparedQuery(MARK).execute(Tuple.of(file.id(), to.name(), from.name()))
                .map(rows -> rows.rowCount() == 1);
    }

    private static BankFile bankFile(Row row) {
        String debtorAccount = row.getString("debtor_account");
        return new BankFile(row.getLong("id"), row.getLong("run_id"), Math.toIntExact(row.getLong("line_count")),
                row.getString("bank_bin"), row.getString("message_id"), row.getLong("tx_count"),
                row.getLong("control_sum_vnd"),
                BankFile.Status.valueOf(row.getString("status")), Optional.ofNullable(row.getString("bank_file_ref")),
                row.getOffsetDateTime("created_at"), debtorAccount == null ? "" : debtorAccount,
                row.getString("debtor_name"), row.getString("program_code"), row.getString("period"),
                Optional.ofNullable(row.getString("sha256")));
    }
}
