package vn.ansinh.rails.crash;

import static vn.ansinh.testing.Jdbc.execute;
import static vn.ansinh.testing.Jdbc.firstLong;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import vn.ansinh.rails.id.EndToEndId;

/**
 * A released payout run written straight into the database as the release transaction leaves it (program, list,
 * beneficiaries, lines, CREATED payments with their first event, outbox rows, status RELEASED), set-based so that a
 * hundred thousand payments take seconds. Release itself is proved by RunReleaseTest; what these runs are for is
 * the dispatch that follows, with engines killed in the middle of it.
 *
 * <p>Creditors are synthetic accounts at real NAPAS banks; the simulated banks are told not to check them against
 * their world, so every payment is booked unless a fault the test chose says otherwise.
 */
record ReleasedRun(long id, String rail, long payments, long totalVnd) {

    static final String PAYING_BIN = "970415";
    static final String PERIOD = "2026-11";
    /** Banks the creditors hold accounts at; the simulator knows them from the NAPAS list. */
    static final List<String> CREDITOR_BINS = List.of("970436", "970418", "970405", "970407", "970422");
    static final long PAYMENTS_MAX = 2_000_000;

    static ReleasedRun write(Connection db, String code, String rail, int payments) throws SQLException {
        if (payments < 1 || payments > PAYMENTS_MAX) {
            throw new IllegalArgumentException("payments must be 1.." + PAYMENTS_MAX + ": " + payments);
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            execute(db, """
                    insert into program (code, name, province_code, funding_bin, funding_account, funding_name, rail)
                    values (?, ?, '079', ?, ?, 'So Lao dong Thuong binh va Xa hoi', ?)""",
                    code, "Crash test " + code, PAYING_BIN, "FUND" + code.replace("-", ""), rail);
            long list = firstLong(db, """
                    insert into beneficiary_list (program_code, file_name, content_sha256, format, file_bytes,
                        uploaded_by, status, rows_total) values (?, 'crash.csv', repeat('c', 64), 'CSV', 1, 'crash-officer',
                        'COMPLETED', ?) returning id""", code, (long) payments);
            execute(db, """
                    insert into beneficiary (program_code, cccd, full_name, date_of_birth, gender, benefit_amount_vnd,
                        source_list_id)
                    select ?, '079' || lpad(g::text, 9, '0'), 'NGUYEN VAN ' || g, date '1950-01-01', 'F',
                        500000 + (g % 100) * 1000, ? from generate_series(1, ?) g""", code, list, payments);
            long total = firstLong(db, "select sum(benefit_amount_vnd)::bigint from beneficiary where program_code = ?", code);
            long run = firstLong(db, """
                    insert into payout_run (program_code, period, status, created_by, line_count, total_vnd)
                    values (?, ?, 'DRAFT', 'crash-officer', ?, ?) returning id""", code, PERIOD, (long) payments, total);
            lines(db, code, run);
            payments(db, code, run, rail, payments);
            outbox(db, run, rail);
            execute(db, "update payout_run set status = 'RELEASED', lines_sha256 = repeat('0', 64), "
                    + "released_at = now(), released_by = 'crash-officer' where id = ?", run);
            db.commit();
            return new ReleasedRun(run, rail, payments, total);
        } catch (SQLException | RuntimeException failure) {
            db.rollback();
            throw failure;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void lines(Connection db, String code, long run) throws SQLException {
        String[] bins = CREDITOR_BINS.toArray(String[]::new);
        try (PreparedStatement insert = db.prepareStatement("""
                insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                    amount_vnd, kind)
                select ?, n, id, cccd, full_name, (?::text[])[1 + n % cardinality(?::text[])],
                    '10' || lpad(n::text, 10, '0'), benefit_amount_vnd, 'BENEFIT'
                from (select b.*, row_number() over (order by b.id)::int as n from beneficiary b
                      where b.program_code = ?) numbered""")) {
            insert.setLong(1, run);
            insert.setArray(2, db.createArrayOf("text", bins));
            insert.setArray(3, db.createArrayOf("text", bins));
            insert.setString(4, code);
            insert.executeUpdate();
        }
    }

    private static void payments(Connection db, String code, long run, String rail, int count) throws SQLException {
        Integer[] lines = new Integer[count];
        String[] ids = new String[count];
        for (int line = 1; line <= count; line++) {
            lines[line - 1] = line;
            ids[line - 1] = EndToEndId.forRunLine(run, line).value();
        }
        try (PreparedStatement insert = db.prepareStatement("""
                insert into payment (end_to_end_id, run_id, line_no, program_code, period, beneficiary_id, debtor_bin,
                    debtor_account, creditor_bin, creditor_account, creditor_name, amount_vnd, rail, state)
                select t.e2e, l.run_id, l.line_no, ?, ?, l.beneficiary_id, ?, p.funding_account, l.bank_bin,
                    l.account_number, l.full_name, l.amount_vnd, ?, 'CREATED'
                from unnest(?::int[], ?::text[]) as t(line_no, e2e)
                join payout_line l on l.run_id = ? and l.line_no = t.line_no
                join program p on p.code = ?""")) {
            insert.setString(1, code);
            insert.setString(2, PERIOD);
            insert.setString(3, PAYING_BIN);
            insert.setString(4, rail);
            insert.setArray(5, db.createArrayOf("int4", lines));
            insert.setArray(6, db.createArrayOf("text", ids));
            insert.setLong(7, run);
            insert.setString(8, code);
            insert.executeUpdate();
        }
        execute(db, """
                insert into payment_event (payment_id, seq, from_state, to_state, source, actor)
                select id, 1, 'NONE', 'CREATED', 'run:' || run_id || ':release', 'crash-officer' from payment
                where run_id = ?""", run);
    }

    private static void outbox(Connection db, long run, String rail) throws SQLException {
        if (rail.equals("FILE")) {
            execute(db, "insert into outbox (kind, run_id, bank_bin) values ('SEND_FILE', ?, ?)", run, PAYING_BIN);
        } else {
            execute(db, """
                    insert into outbox (kind, payment_id, run_id, bank_bin)
                    select 'SEND_INSTANT', id, run_id, debtor_bin from payment where run_id = ? order by line_no""", run);
        }
    }
}
