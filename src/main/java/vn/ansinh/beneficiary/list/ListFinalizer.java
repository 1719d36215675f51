package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/**
 * Closes a list once every row is read and none is PENDING. First, in a transaction of its own, rows whose account
 * is given for more than one person are marked for review: that is their verdict, like any other, and it makes the
 * rows final. Then, in one transaction, the verified people are enrolled with a new account version where their
 * account changed, the close is recorded in the audit chain with the outcome counts and a digest of who was
 * enrolled where, and only then is the list marked COMPLETED. The counts and the digest read the final rows on a
 * second connection while the enrolment, most of the close's time, runs.
 * <p>
 * Two engines racing to close the same list are kept apart by a transaction-scoped advisory lock, not by locking
 * the list's row: every enrolled row references that row, and a transaction that holds it FOR UPDATE makes each
 * of those foreign-key checks resolve an ever longer MultiXact — quadratic in the list's size. Marking twice is
 * harmless (a marked row is not marked again), and the close checks the list is still open once it holds the lock.
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
     * with none before it, closed in 19 s), and one bench run's close took 470 s. Statistics of the columns the
     * close's plans turn on, taken when it begins, cost about half a second on a million-row list, so only lists of
     * ansinh.intake.statistics-refresh-rows-min rows or more pay it.
     */
    private static final String REFRESH_STATISTICS = "analyze list_row (list_id, outcome, bank_bin, account_number)";

    /**
     * An account given for two different people, in this list or already enrolled: both need a look. "More than one
     * CCCD" is asked as {@code min(cccd) <> max(cccd)}, which a hash aggregate answers; count(distinct) sorts first.
     * An enrolled account's owner is its version's CCCD, not a look-up of the owner's row (see V24). With the
     * server's 4 MB of work memory, a million-row list's aggregate spilled to 32 partitions on disk: 1.9-2.5 s from
     * one snapshot, 1.5-1.6 s with room in memory.
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

    /**
     * The outcomes, counted from the rows themselves, and the digest of the verified rows (CCCD, bank, account,
     * amount, in file order) that the audit entry carries, in one read of the list.
     */
    private static final String TALLY = """
            select count(*) total, count(*) filter (where outcome = 'VERIFIED') verified,
                count(*) filter (where outcome = 'REJECTED') rejected,
                count(*) filter (where outcome = 'NEEDS_REVIEW') review,
                count(*) filter (where outcome = 'PENDING') pending,
                count(*) filter (where 'SHARED_ACCOUNT' = any (reasons)) shared,
                coalesce(encode(sha256(convert_to(string_agg(cccd || ':' || bank_bin || ':' || account_number || ':'
                    || amount_vnd, ',' order by row_number) filter (where outcome = 'VERIFIED'), 'UTF8')), 'hex'), '')
                    enrolled_digest
            from list_row where list_id = $1""";

    private static final String COMPLETE = """
            update beneficiary_list set rows_read = $2, rows_verified = $3, rows_rejected = $4,
                rows_needs_review = $5, rows_pending = $6, status = 'COMPLETED', finished_at = clock_timestamp()
            where id = $1""";

    /** The list as the close needs it. */
    private record OpenList(String programCode, String sha256, long rowsTotal) {}

    private record Tally(long total, long verified, long rejected, long needsReview, long pending, long sharedAccountRows,
                         String enrolledDigest) {}

    @Inject Pool pool;
    @Inject Enrolment enrolment;
    @Inject AuditLog audit;
    @Inject IntakeConfig config;

    /** Closes the list if it is ready; otherwise changes nothing. Answers whether it closed it now. */
    public Uni<Boolean> finishIfDone(long listId) {
        return markSharedAccounts(listId).chain(ready -> ready ? close(listId) : Uni.createFrom().item(false));
    }

    /** Answers whether the list is ready to close, its shared accounts marked. */
    private Uni<Boolean> markSharedAccounts(long listId) {
        return pool.withTransaction(connection -> claimIfReady(connection, listId).chain(list -> list == null
                ? Uni.createFrom().item(false)
                : refreshStatistics(connection, list.rowsTotal())
                        .chain(() -> connection.query(WorkMemory.ROOM_FOR_A_LIST).execute())
                        .chain(() -> connection.preparedQuery(SHARED_ACCOUNTS).execute(Tuple.of(listId)))
                        .replaceWith(true)));
    }

    private Uni<Boolean> close(long listId) {
        return pool.withTransaction(connection -> claimIfReady(connection, listId).chain(list -> {
            if (list == null) return Uni.createFrom().item(false);
            Uni<Tally> tally = pool.withConnection(other -> other.preparedQuery(TALLY).execute(Tuple.of(listId)))
                    .map(rows -> tally(rows.iterator().next())).memoize().indefinitely();
            return enrolment.enrolVerified(connection, listId, list.programCode(), tally.map(Tally::verified))
                    .chain(enrolled -> tally.chain(counts -> complete(connection, listId, list, counts, enrolled)))
                    .replaceWith(true);
        }));
    }

    /** Records the close in the audit chain, then marks the list COMPLETED with its counts. */
    private Uni<Void> complete(SqlConnection connection, long listId, OpenList list, Tally counts,
                               Enrolment.Enrolled enrolled) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("program", list.programCode());
        facts.put("sha256", list.sha256());
        facts.put("rows", counts.total());
        facts.put("verified", counts.verified());
        facts.put("rejected", counts.rejected());
        facts.put("needsReview", counts.needsReview());
        facts.put("sharedAccountRows", counts.sharedAccountRows());
        facts.put("enrolled", enrolled.beneficiaries());
        facts.put("newAccountVersions", enrolled.accountVersions());
        facts.put("enrolledDigest", counts.enrolledDigest());
        return audit.append(connection, new AuditEvent(SYSTEM_ACTOR, "LIST_COMPLETED", "list:" + listId, facts))
                .chain(() -> connection.preparedQuery(COMPLETE).execute(Tuple.from(List.of(listId, counts.total(),
                        counts.verified(), counts.rejected(), counts.needsReview(), counts.pending()))))
                .replaceWithVoid();
    }

    /**
     * Takes the list's close lock for this transaction and answers the list if it is ready to close: every row read
     * and none PENDING. Answers null when another transaction, here or in another engine, holds the lock right now,
     * or when the list is not ready (or closed already).
     */
    private Uni<OpenList> claimIfReady(SqlConnection connection, long listId) {
        return connection.preparedQuery(CLAIM).execute(Tuple.of(CLOSE_LOCK_NAMESPACE, Math.toIntExact(listId)))
                .chain(claimed -> !claimed.iterator().next().getBoolean(0) ? Uni.createFrom().nullItem()
                        : connection.preparedQuery(READ).execute(Tuple.of(listId)).map(rows -> {
                            var list = rows.iterator().next();
                            boolean ready = "VERIFYING".equals(list.getString("status"))
                                    && list.getBoolean("reading_done") && list.getLong("rows_pending") == 0;
                            return ready ? new OpenList(list.getString("program_code"),
                                    list.getString("content_sha256"), list.getLong("rows_total")) : null;
                        }));
    }

    private static Tally tally(Row row) {
        return new Tally(row.getLong("total"), row.getLong("verified"), row.getLong("rejected"),
                row.getLong("review"), row.getLong("pending"), row.getLong("shared"), row.getString("enrolled_digest"));
    }

    private Uni<Void> refreshStatistics(SqlConnection connection, long rowsTotal) {
        return rowsTotal >= config.statisticsRefreshRowsMin()
                ? connection.query(REFRESH_STATISTICS).execute().replaceWithVoid()
                : Uni.createFrom().voidItem();
    }
}
