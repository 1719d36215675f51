package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/**
 * Enrols the verified rows of a chunk in the transaction that stores them (or resolves them from PENDING), so a
 * list's close no longer has to enrol a million people at once. Rows whose account the upload found given for
 * more than one CCCD wait for the close (see {@link SharedAccountScan}); every other row is checked here against
 * the accounts already enrolled for someone else — the same SHARED_ACCOUNT rule the close applies — and enrolled
 * if it is still VERIFIED. Each step that enrols anyone writes its audit entry in the same transaction.
 * <p>
 * Does nothing for lists accepted before shared accounts were found at upload: those are enrolled whole at close.
 */
@ApplicationScoped
public class EnrolmentAsRead {

    static final String SHARED_DETAIL = "so_tai_khoan: SHARED_ACCOUNT (the same account is given for another person)";

    /**
     * Marks the chunk's rows whose account is current for another person's enrolment. Answers each marked row's
     * outcome before, so the list's counters can move a VERIFIED row to NEEDS_REVIEW. PENDING rows are left for
     * their resolution, which comes back here.
     */
    private static final String MARK_SHARED_WITH_ENROLLED = """
            update list_row r set reasons = array_append(r.reasons, 'SHARED_ACCOUNT'),
                reason_details = array_append(r.reason_details, $3),
                outcome = case when r.outcome = 'VERIFIED' then 'NEEDS_REVIEW' else r.outcome end
            from (select row_number, outcome from list_row where list_id = $1 and row_number = any ($2::bigint[])
                    and outcome in ('VERIFIED', 'NEEDS_REVIEW')) before
            where r.list_id = $1 and r.row_number = before.row_number and r.bank_bin is not null
                and not ('SHARED_ACCOUNT' = any (r.reasons))
                and exists (select 1 from beneficiary_list l where l.id = $1 and l.enrols_as_read)
                and not exists (select 1 from list_shared_account c where c.list_id = r.list_id
                    and c.bank_bin = r.bank_bin and c.account_number = r.account_number)
                and exists (select 1 from beneficiary_account a join beneficiary b on b.id = a.beneficiary_id
                    where a.bank_bin = r.bank_bin and a.account_number = r.account_number and a.valid_to is null
                        and b.cccd <> r.cccd::bpchar)
            returning before.outcome""";

    private static final String ENROLS_AS_READ = "select enrols_as_read from beneficiary_list where id = $1";

    private static final String COUNT_OPENED = """
            update beneficiary_list set accounts_opened = accounts_opened + $2 where id = $1""";

    @Inject Enrolment enrolment;
    @Inject AuditLog audit;

    /** How many rows a step moved from VERIFIED to NEEDS_REVIEW because their account belongs to someone else. */
    public record Step(long verifiedToReview) {
        static final Step NONE = new Step(0);
    }

    /** Checks and enrols the given rows of the list, just stored or resolved in this transaction. */
    public Uni<Step> enrol(SqlConnection connection, long listId, String programCode, Long[] rowNumbers) {
        if (rowNumbers.length == 0) return Uni.createFrom().item(Step.NONE);
        return connection.preparedQuery(ENROLS_AS_READ).execute(Tuple.of(listId)).chain(list -> {
            if (!list.iterator().next().getBoolean(0)) return Uni.createFrom().item(Step.NONE);
            return connection.preparedQuery(MARK_SHARED_WITH_ENROLLED)
                    .execute(Tuple.of(listId).addArrayOfLong(rowNumbers).addString(SHARED_DETAIL))
                    .chain(marked -> {
                        long verifiedToReview = 0;
                        for (var row : marked) if ("VERIFIED".equals(row.getString(0))) verifiedToReview++;
                        var step = new Step(verifiedToReview);
                        return enrolment.enrolStored(connection, listId, programCode, rowNumbers)
                                .chain(enrolled -> enrolled.beneficiaries() == 0 ? Uni.createFrom().item(step)
                                        : record(connection, listId, programCode, rowNumbers, enrolled).replaceWith(step));
                    });
        });
    }

    private Uni<Void> record(SqlConnection connection, long listId, String programCode, Long[] rowNumbers,
                             Enrolment.Enrolled enrolled) {
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (Long row : rowNumbers) {
            first = Math.min(first, row);
            last = Math.max(last, row);
        }
        var facts = new LinkedHashMap<String, Object>();
        facts.put("program", programCode);
        facts.put("firstRow", first);
        facts.put("lastRow", last);
        facts.put("enrolled", enrolled.beneficiaries());
        facts.put("newAccountVersions", enrolled.accountVersions());
        facts.put("enrolledDigest", enrolled.digest());
        return connection.preparedQuery(COUNT_OPENED).execute(Tuple.of(listId, enrolled.accountVersions()))
                .chain(() -> audit.append(connection, new AuditEvent(ListFinalizer.SYSTEM_ACTOR, "LIST_ROWS_ENROLLED",
                        "list:" + listId, facts)))
                .replaceWithVoid();
    }
}
