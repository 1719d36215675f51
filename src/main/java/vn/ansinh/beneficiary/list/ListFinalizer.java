package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/**
 * Closes a list once every row is read and none is PENDING, in one transaction: marks accounts given for more
 * than one person, recounts the outcomes from the rows themselves, enrols the verified people with a new account
 * version where their account changed, and records it all in the audit chain. Locking the list row makes it
 * safe when two engines race to close the same list.
 */
@ApplicationScoped
public class ListFinalizer {

    static final String SYSTEM_ACTOR = "system:intake";

    private static final String LOCK = """
            select program_code, status, reading_done, rows_pending, content_sha256 from beneficiary_list
            where id = $1 for update""";

    /** An account given for two different people, in this list or already enrolled: both need a look. */
    private static final String SHARED_ACCOUNTS = """
            with shared as (
                select bank_bin, account_number from list_row
                where list_id = $1 and outcome <> 'REJECTED' and bank_bin is not null
                group by bank_bin, account_number having count(distinct cccd) > 1
              union
                select r.bank_bin, r.account_number from list_row r
                join beneficiary_account a on a.bank_bin = r.bank_bin and a.account_number = r.account_number
                    and a.valid_to is null
                join beneficiary b on b.id = a.beneficiary_id and b.cccd <> r.cccd::bpchar
                where r.list_id = $1 and r.outcome <> 'REJECTED')
            update list_row r set reasons = array_append(r.reasons, 'SHARED_ACCOUNT'),
                reason_details = array_append(r.reason_details,
                    'so_tai_khoan: SHARED_ACCOUNT (the same account is given for another person)'),
                outcome = case when r.outcome = 'VERIFIED' then 'NEEDS_REVIEW' else r.outcome end
            from shared s
            where r.list_id = $1 and r.bank_bin = s.bank_bin and r.account_number = s.account_number
                and r.outcome <> 'REJECTED' and not ('SHARED_ACCOUNT' = any (r.reasons))""";

    private static final String RECOUNT = """
            update beneficiary_list l set rows_read = c.total, rows_verified = c.verified, rows_rejected = c.rejected,
                rows_needs_review = c.review, rows_pending = c.pending
            from (select count(*) total, count(*) filter (where outcome = 'VERIFIED') verified,
                    count(*) filter (where outcome = 'REJECTED') rejected,
                    count(*) filter (where outcome = 'NEEDS_REVIEW') review,
                    count(*) filter (where outcome = 'PENDING') pending
                  from list_row where list_id = $1) c
            where l.id = $1
            returning c.total, c.verified, c.rejected, c.review, c.pending""";

    private static final String COMPLETE = """
            update beneficiary_list set status = 'COMPLETED', finished_at = now() where id = $1""";

    @Inject Pool pool;
    @Inject Enrolment enrolment;
    @Inject AuditLog audit;

    /** Closes the list if it is ready; otherwise changes nothing. Answers whether it closed it now. */
    public Uni<Boolean> finishIfDone(long listId) {
        return pool.withTransaction(connection -> connection.preparedQuery(LOCK).execute(Tuple.of(listId)).chain(rows -> {
            var list = rows.iterator().next();
            boolean ready = "VERIFYING".equals(list.getString("status")) && list.getBoolean("reading_done")
                    && list.getLong("rows_pending") == 0;
            if (!ready) return Uni.createFrom().item(false);
            return close(connection, listId, list.getString("program_code"), list.getString("content_sha256"))
                    .replaceWith(true);
        }));
    }

    private Uni<Void> close(SqlConnection connection, long listId, String programCode, String sha256) {
        var id = Tuple.of(listId);
        return connection.preparedQuery(SHARED_ACCOUNTS).execute(id)
                .chain(shared -> connection.preparedQuery(RECOUNT).execute(id).chain(counts -> {
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
                    });
                }))
                .chain(() -> connection.preparedQuery(COMPLETE).execute(id)).replaceWithVoid();
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
