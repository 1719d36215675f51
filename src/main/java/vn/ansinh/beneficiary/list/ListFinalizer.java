package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/**
 * Closes a list once every row is read and none is PENDING, in one transaction: marks accounts given for more
 * than one person, counts the outcomes from the rows themselves, enrols the verified people with a new account
 * version where their account changed, records it in the audit chain, and only then marks the list COMPLETED.
 * <p>
 * Two engines racing to close the same list are kept apart by a transaction-scoped advisory lock, not by locking
 * the list's row: every enrolled row references that row, and a transaction that holds it FOR UPDATE makes each
 * of those foreign-key checks resolve an ever longer MultiXact — quadratic in the list's size.
 */
@ApplicationScoped
public class ListFinalizer {

    static final String SYSTEM_ACTOR = "system:intake";
    /** First half of the advisory lock key, so list ids do not collide with other advisory locks. */
    static final int CLOSE_LOCK_NAMESPACE = 2_001;

    private static final String CLAIM = "select pg_try_advisory_xact_lock($1, $2)";

    private static final String READ = """
            select program_code, status, reading_done, rows_pending, content_sha256, rows_total from beneficiary_list
            where id = $1""";

    /*
     * The list's rows were stored after the table's last ANALYZE, so the planner may take the list for a row or two
     * and join its rows to the shared accounts row by row, reading the whole list for each: closing the second
     * million-row list into one database was still in that search after four and a half minutes (the first list,
     * with none before it, closed in 19 s), and one bench run's close took 470 s. Statistics of the columns the close's plans turn on, taken when it begins, cost about half a
     * second on a million-row list, so only lists of ansinh.intake.statistics-refresh-rows-min rows or more pay it.
     */
    private static final String REFRESH_STATISTICS = "analyze list_row (list_id, outcome, bank_bin, account_number)";

    /**
     * An account given for two different people, in this list or already enrolled: both need a look. "More than one
     * CCCD" is asked as {@code min(cccd) <> max(cccd)}, which a hash aggregate answers; count(distinct) sorts first.
     * An enrolled account's owner is its version's CCCD, not a look-up of the owner's row (see V24).
     */
    private static final String SHARED_ACCOUNTS = """
            with shared as (
                select bank_bin, account_number from list_row
                where list_id = $1 and outcome <> 'REJECTED' and bank_bin is not null
                group by bank_bin, account_number having min(cccd) <> max(cccd)
              union
                select r.bank_bin, r.account_number from list_row r
                join beneficiary_account a on a.bank_bin = r.bank_bin and a.account_number = r.account_number
                    and a.valid_to is null and a.cccd <> r.cccd::bpchar
                where r.list_id = $1 and r.outcome <> 'REJECTED')
            update list_row r set reasons = array_append(r.reasons, 'SHARED_ACCOUNT'),
                reason_details = array_append(r.reason_details,
                    'so_tai_khoan: SHARED_ACCOUNT (the same account is given for another person)'),
                outcome = case when r.outcome = 'VERIFIED' then 'NEEDS_REVIEW' else r.outcome end
            from shared s
            where r.list_id = $1 and r.bank_bin = s.bank_bin and r.account_number = s.account_number
                and r.outcome <> 'REJECTED' and not ('SHARED_ACCOUNT' = any (r.reasons))""";

    private static final String COUNT = """
            select count(*) total, count(*) filter (where outcome = 'VERIFIED') verified,
                count(*) filter (where outcome = 'REJECTED') rejected,
                count(*) filter (where outcome = 'NEEDS_REVIEW') review,
                count(*) filter (where outcome = 'PENDING') pending
            from list_row where list_id = $1""";

    private static final String COMPLETE = """
            update beneficiary_list set rows_read = $2, rows_verified = $3, rows_rejected = $4,
                rows_needs_review = $5, rows_pending = $6, status = 'COMPLETED', finished_at = clock_timestamp()
            where id = $1""";

    @Inject Pool pool;
    @Inject Enrolment enrolment;
    @Inject AuditLog audit;
    @Inject IntakeConfig config;

    /** Closes the list if it is ready; otherwise changes nothing. Answers whether it closed it now. */
    public Uni<Boolean> finishIfDone(long listId) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM)
                .execute(Tuple.of(CLOSE_LOCK_NAMESPACE, Math.toIntExact(listId))).chain(claimed -> {
                    // Not claimed: another transaction, here or in another engine, is closing it right now.
                    if (!claimed.iterator().next().getBoolean(0)) return Uni.createFrom().item(false);
                    return connection.preparedQuery(READ).execute(Tuple.of(listId)).chain(rows -> {
                        var list = rows.iterator().next();
                        boolean ready = "VERIFYING".equals(list.getString("status")) && list.getBoolean("reading_done")
                                && list.getLong("rows_pending") == 0;
                        if (!ready) return Uni.createFrom().item(false);
                        return close(connection, listId, list.getString("program_code"),
                                list.getString("content_sha256"), list.getLong("rows_total")).replaceWith(true);
                    });
                }));
    }

    private Uni<Void> close(SqlConnection connection, long listId, String programCode, String sha256, long rowsTotal) {
        var id = Tuple.of(listId);
        return refreshStatistics(connection, rowsTotal)
                .chain(() -> connection.preparedQuery(SHARED_ACCOUNTS).execute(id))
                .chain(shared -> connection.preparedQuery(COUNT).execute(id).chain(counts -> {
                    var c = counts.iterator().next();
                    return enrolment.enrolVerified(connection, listId, programCode).chain(enrolled -> {
                        var facts = new LinkedHashMap<String, Object>();
                        facts.put("program", programCode);
                        facts.put("sha256", sha256);
                        facts.put("rows", c.getLong(0));
                        facts.put("verified", c.getLong(1));
                        facts.put("rejected", c.getLong(2));
                        facts.put("needsReview", c.getLong(3));
                        facts.put("sharedAccountRows", (long) shared.rowCount());
                        facts.put("enrolled", enrolled.beneficiaries());
                        facts.put("newAccountVersions", enrolled.accountVersions());
                        facts.put("enrolledDigest", enrolled.digest());
                        return audit.append(connection, new AuditEvent(SYSTEM_ACTOR, "LIST_COMPLETED",
                                "list:" + listId, facts));
                    }).chain(() -> connection.preparedQuery(COMPLETE).execute(Tuple.from(List.of(listId, c.getLong(0),
                            c.getLong(1), c.getLong(2), c.getLong(3), c.getLong(4)))));
                }))
                .replaceWithVoid();
    }

    private Uni<Void> refreshStatistics(SqlConnection connection, long rowsTotal) {
        return rowsTotal >= config.statisticsRefreshRowsMin()
                ? connection.query(REFRESH_STATISTICS).execute().replaceWithVoid()
                : Uni.createFrom().voidItem();
    }
}
