package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Verified rows become enrolled beneficiaries of the program. Who they are comes from the registry; where they
 * are paid is a new account version when it differs from the current one — the old version is closed, never
 * rewritten, so every past payment can still be traced to the account that was current then.
 */
@ApplicationScoped
public class Enrolment {

    /** What one enrolment step did: the verified rows it enrolled, and the account versions it opened. */
    public record Enrolled(long beneficiaries, long accountVersions) {}

    /**
     * First half of the advisory lock key that makes enrolments into one program take turns (the second half is a
     * hash of the program's code). New people are found by an anti-join rather than by ON CONFLICT, so two
     * transactions enrolling the same person at once would collide on the unique key instead of one skipping it.
     */
    static final int ENROL_LOCK_NAMESPACE = 2_002;

    private static final String ENROL_ONE_AT_A_TIME = "select pg_advisory_xact_lock($1, hashtext($2))";

    // New people first, with nothing to compare: the usual case of a program's first list. Each gets an id drawn
    // here, in CCCD order, and that row's account as their first version in the same statement. In CCCD order, a
    // first list grows every index of both tables at its right-hand edge except (bank, account); drawn as rows
    // came, each CCCD landed on a random page of (program_code, cccd), and each beneficiary id on a random page of
    // the current-account index. ON CONFLICT also probed the unique index twice a row. A million-row list: 31.8 s
    // inserting and joining what the insert returned back to the rows, 20.4 s this way (15.4-19.4 s in the intake
    // bench). The "C" collation orders CCCDs, twelve digits, as the index does, with a cheaper comparison; another
    // order would cost time, never correctness. The file's one-row-per-CCCD rule makes each new person one row.
    private static final String ENROL_NEW_PEOPLE = """
            with new_person as materialized (
                select nextval('beneficiary_id_seq') as id, p.* from (
                    select r.cccd, coalesce(r.registry_name, r.full_name) as full_name, r.date_of_birth, r.gender,
                        r.commune_code, r.phone, r.amount_vnd, r.bank_bin, r.account_number,
                        coalesce(r.bank_holder_name, '') as holder_name, coalesce(r.account_name_score_bp, 0) as score
                    from list_row r
                    where r.list_id = $1 and r.outcome = 'VERIFIED' and ($3::bigint is null or r.row_number = $3)
                        and not exists (select 1 from beneficiary b where b.program_code = $2 and b.cccd = r.cccd::bpchar)
                    order by r.cccd collate "C") p),
            enrolled as (
                insert into beneficiary (id, program_code, cccd, full_name, date_of_birth, gender, commune_code, phone,
                    benefit_amount_vnd, source_list_id) overriding system value
                select n.id, $2, n.cccd, n.full_name, n.date_of_birth, n.gender, n.commune_code, n.phone, n.amount_vnd,
                    $1
                from new_person n)
            insert into beneficiary_account (beneficiary_id, cccd, bank_bin, account_number, holder_name, name_score_bp,
                valid_from, source_list_id)
            select n.id, n.cccd, n.bank_bin, n.account_number, n.holder_name, n.score, now(), $1
            from new_person n""";

    // People enrolled before (by another list) take what this list says of them. A person this list itself
    // enrolled has its source_list_id already, and the file's one-row-per-CCCD rule leaves no second row for them.
    private static final String REFRESH_ENROLLED_BENEFICIARIES = """
            update beneficiary b set full_name = coalesce(r.registry_name, r.full_name),
                date_of_birth = r.date_of_birth, gender = r.gender, commune_code = r.commune_code, phone = r.phone,
                benefit_amount_vnd = r.amount_vnd, source_list_id = r.list_id, status = 'ACTIVE', updated_at = now()
            from list_row r
            where r.list_id = $1 and r.outcome = 'VERIFIED' and ($3::bigint is null or r.row_number = $3)
                and b.program_code = $2 and b.cccd = r.cccd::bpchar and b.source_list_id <> $1""";

    // A LATERAL lookup per row through the unique (program_code, cccd) index keeps these plans linear once the
    // planner knows the program's size (see REFRESH_STATISTICS). OFFSET 0 stops it from flattening the subquery
    // back into a join it may order badly.
    private static final String CLOSE_CHANGED_ACCOUNTS = """
            update beneficiary_account a set valid_to = now()
            from list_row r cross join lateral (select id from beneficiary
                where program_code = $2 and cccd = r.cccd::bpchar offset 0) b
            where r.list_id = $1 and r.outcome = 'VERIFIED' and ($3::bigint is null or r.row_number = $3)
                and a.beneficiary_id = b.id and a.valid_to is null
                and (a.bank_bin, a.account_number) is distinct from (r.bank_bin, r.account_number)""";

    // People enrolled before whose account changed, or who have none open: the people just enrolled have theirs.
    private static final String OPEN_NEW_ACCOUNTS = """
            insert into beneficiary_account (beneficiary_id, cccd, bank_bin, account_number, holder_name, name_score_bp,
                valid_from, source_list_id)
            select b.id, r.cccd, r.bank_bin, r.account_number, coalesce(r.bank_holder_name, ''),
                coalesce(r.account_name_score_bp, 0), now(), r.list_id
            from list_row r cross join lateral (select id from beneficiary
                where program_code = $2 and cccd = r.cccd::bpchar offset 0) b
            where r.list_id = $1 and r.outcome = 'VERIFIED' and ($3::bigint is null or r.row_number = $3)
                and not exists (select 1 from beneficiary_account a where a.beneficiary_id = b.id and a.valid_to is null)""";

    /*
     * The people just enrolled were written after the last ANALYZE, so the planner takes the program for a row or
     * two, and may then look each person up through (program_code, id), scanning the whole program per row: a
     * 50,000-row list closed in 6 minutes that way. Fresh statistics of the column that choice turns on, taken inside
     * this transaction (which sees its own rows), cost under a second on million-row tables, so only lists large
     * enough to suffer pay it ({@code ansinh.intake.statistics-refresh-rows-min}). The list's own rows were analysed
     * when its close began (ListFinalizer).
     */
    private static final String REFRESH_STATISTICS = "analyze beneficiary (program_code)";

    private static final String VERIFIED_ROWS = """
            select count(*) from list_row r
            where r.list_id = $1 and r.outcome = 'VERIFIED' and ($2::bigint is null or r.row_number = $2)""";

    @Inject IntakeConfig config;

    /**
     * Enrols the list's VERIFIED rows. {@code verifiedRows} answers how many there are: the caller may count them
     * on another connection meanwhile, since only the steps after the new people's enrolment, the long one, need it.
     */
    public Uni<Enrolled> enrolVerified(SqlClient sql, long listId, String programCode, Uni<Long> verifiedRows) {
        return enrol(sql, listId, programCode, null, verifiedRows);
    }

    public Uni<Enrolled> enrolRow(SqlClient sql, long listId, String programCode, long rowNumber) {
        return enrol(sql, listId, programCode, rowNumber, verifiedRows(sql, listId, rowNumber));
    }

    /** How many of the list's rows (or of its one row, when rowNumber is given) are VERIFIED. */
    public Uni<Long> verifiedRows(SqlClient sql, long listId, Long rowNumber) {
        return sql.preparedQuery(VERIFIED_ROWS).execute(Tuple.of(listId, rowNumber))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private Uni<Enrolled> enrol(SqlClient sql, long listId, String programCode, Long rowNumber,
                                Uni<Long> verifiedRows) {
        var params = Tuple.of(listId, programCode, rowNumber);
        return Uni.combine().all().unis(enrolNewPeople(sql, programCode, params), verifiedRows).asTuple()
                .chain(enrolled -> {
                    long newPeople = enrolled.getItem1();
                    long rows = enrolled.getItem2();
                    return newPeople == rows
                            // Every row a new person: there is no earlier enrolment to refresh and no current account
                            // to close or open, so the statements that look each row up again, and their statistics,
                            // are skipped.
                            ? Uni.createFrom().item(new Enrolled(rows, newPeople))
                            : refreshEnrolledPeople(sql, params, rows)
                                    .map(reopened -> new Enrolled(rows, newPeople + reopened));
                });
    }

    /** Answers how many new people (each with a first account version) were enrolled. */
    private static Uni<Long> enrolNewPeople(SqlClient sql, String programCode, Tuple params) {
        return sql.preparedQuery(ENROL_ONE_AT_A_TIME).execute(Tuple.of(ENROL_LOCK_NAMESPACE, programCode))
                .chain(() -> sql.query(WorkMemory.ROOM_FOR_A_LIST).execute())
                .chain(() -> sql.preparedQuery(ENROL_NEW_PEOPLE).execute(params))
                .call(() -> sql.query(WorkMemory.AS_CONFIGURED).execute())
                .map(opened -> (long) opened.rowCount());
    }

    /** People enrolled before: refreshed, their changed accounts closed; answers how many account versions opened. */
    private Uni<Long> refreshEnrolledPeople(SqlClient sql, Tuple params, long rows) {
        return (rows >= config.statisticsRefreshRowsMin() ? sql.query(REFRESH_STATISTICS).execute()
                        : Uni.createFrom().nullItem())
                .chain(() -> sql.preparedQuery(REFRESH_ENROLLED_BENEFICIARIES).execute(params))
                .chain(() -> sql.preparedQuery(CLOSE_CHANGED_ACCOUNTS).execute(params))
                .chain(() -> sql.preparedQuery(OPEN_NEW_ACCOUNTS).execute(params))
                .map(opened -> (long) opened.rowCount());
    }
}
