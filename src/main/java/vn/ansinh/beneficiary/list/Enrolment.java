package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Verified rows become enrolled beneficiaries of the program. Who they are comes from the registry; where they
 * are paid is a new account version when it differs from the current one — the old version is closed, never
 * rewritten, so every past payment can still be traced to the account that was current then.
 */
@ApplicationScoped
public class Enrolment {

    /** What one enrolment step did, and a digest of who was enrolled where, for the audit entry. */
    public record Enrolled(long beneficiaries, long accountVersions, String digest) {}

    private static final String UPSERT_BENEFICIARIES = """
            insert into beneficiary (program_code, cccd, full_name, date_of_birth, gender, commune_code, phone,
                benefit_amount_vnd, source_list_id)
            select $2, r.cccd, coalesce(r.registry_name, r.full_name), r.date_of_birth, r.gender, r.commune_code,
                r.phone, r.amount_vnd, r.list_id
            from list_row r where r.list_id = $1 and r.outcome = 'VERIFIED' and ($3::bigint is null or r.row_number = $3)
            on conflict (program_code, cccd) do update set full_name = excluded.full_name,
                date_of_birth = excluded.date_of_birth, gender = excluded.gender,
                commune_code = excluded.commune_code, phone = excluded.phone,
                benefit_amount_vnd = excluded.benefit_amount_vnd, source_list_id = excluded.source_list_id,
                status = 'ACTIVE', updated_at = now()""";

    // The beneficiaries were written by this same transaction, so the planner's statistics do not know them yet;
    // a LATERAL lookup per row through the unique (program_code, cccd) index keeps the plan linear whatever it
    // guesses. OFFSET 0 stops the planner from flattening the subquery back into a join it may order badly.
    private static final String CLOSE_CHANGED_ACCOUNTS = """
            update beneficiary_account a set valid_to = now()
            from list_row r cross join lateral (select id from beneficiary
                where program_code = $2 and cccd = r.cccd::bpchar offset 0) b
            where r.list_id = $1 and r.outcome = 'VERIFIED' and ($3::bigint is null or r.row_number = $3)
                and a.beneficiary_id = b.id and a.valid_to is null
                and (a.bank_bin, a.account_number) is distinct from (r.bank_bin, r.account_number)""";

    private static final String OPEN_NEW_ACCOUNTS = """
            insert into beneficiary_account (beneficiary_id, bank_bin, account_number, holder_name, name_score_bp,
                valid_from, source_list_id)
            select b.id, r.bank_bin, r.account_number, coalesce(r.bank_holder_name, ''),
                coalesce(r.account_name_score_bp, 0), now(), r.list_id
            from list_row r cross join lateral (select id from beneficiary
                where program_code = $2 and cccd = r.cccd::bpchar offset 0) b
            where r.list_id = $1 and r.outcome = 'VERIFIED' and ($3::bigint is null or r.row_number = $3)
                and not exists (select 1 from beneficiary_account a where a.beneficiary_id = b.id and a.valid_to is null)""";

    private static final String DIGEST = """
            select count(*), coalesce(encode(sha256(convert_to(string_agg(r.cccd || ':' || r.bank_bin || ':' ||
                r.account_number || ':' || r.amount_vnd, ',' order by r.row_number), 'UTF8')), 'hex'), '')
            from list_row r where r.list_id = $1 and r.outcome = 'VERIFIED' and ($2::bigint is null or r.row_number = $2)""";

    public Uni<Enrolled> enrolVerified(SqlClient sql, long listId, String programCode) {
        return enrol(sql, listId, programCode, null);
    }

    public Uni<Enrolled> enrolRow(SqlClient sql, long listId, String programCode, long rowNumber) {
        return enrol(sql, listId, programCode, rowNumber);
    }

    private Uni<Enrolled> enrol(SqlClient sql, long listId, String programCode, Long rowNumber) {
        var params = Tuple.of(listId, programCode, rowNumber);
        return sql.preparedQuery(UPSERT_BENEFICIARIES).execute(params)
                .chain(() -> sql.preparedQuery(CLOSE_CHANGED_ACCOUNTS).execute(params))
                .chain(() -> sql.preparedQuery(OPEN_NEW_ACCOUNTS).execute(params))
                .chain(opened -> sql.preparedQuery(DIGEST).execute(Tuple.of(listId, rowNumber)).map(digest -> {
                    var row = digest.iterator().next();
                    return new Enrolled(row.getLong(0), opened.rowCount(), row.getString(1));
                }));
    }
}
