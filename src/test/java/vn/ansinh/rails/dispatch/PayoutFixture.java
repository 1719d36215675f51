package vn.ansinh.rails.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.SandboxTestResource;

/**
 * Released payout runs made directly in the database, as the payout engine leaves them: program, list,
 * beneficiaries, run, lines, CREATED payments and their outbox rows. Payees are real accounts of the sandbox's world,
 * each handed out once per test JVM, so one test's account rules never meet another test's payments.
 */
final class PayoutFixture {

    /** The paying bank every test run pays from; the sandbox serves it. */
    static final String PAYING_BIN = "970415";
    static final String PERIOD = "2026-11";

    private static final AtomicInteger NEXT_PAYEE = new AtomicInteger();

    /** A beneficiary's account in the sandbox's world. */
    record Payee(String bin, String account, String holderName, String cccd) {
    }

    record Payment(long id, String endToEndId, Payee payee, long amountVnd) {
    }

    record Run(long id, String programCode, String fundingAccount, List<Payment> payments, long totalVnd) {
    }

    private PayoutFixture() {
    }

    /** {@code count} ACTIVE accounts of distinct people, never handed out before in this JVM. */
    static synchronized List<Payee> payees(int count) {
        List<String> lines = worldAccounts();
        List<Payee> chosen = new ArrayList<>();
        Set<String> people = new HashSet<>();
        while (chosen.size() < count) {
            int index = NEXT_PAYEE.getAndIncrement();
            if (index >= lines.size()) {
                throw new IllegalStateException("the sandbox world has no more unused accounts");
            }
            String[] columns = lines.get(index).split(",");
            if (columns[3].equals("ACTIVE") && people.add(columns[4])) {
                chosen.add(new Payee(columns[0], columns[1], columns[2], columns[4]));
            }
        }
        return chosen;
    }

    /** A RELEASED run paying each payee, amounts from {@code firstAmount} up by 1,000 đồng, with its outbox rows. */
    static Run release(String rail, List<Payee> payees, long firstAmount) {
        return release(rail, payees, firstAmount, true);
    }

    /** The same run without outbox rows: nothing will ever hand its payments to a bank. */
    static Run releaseWithoutOutbox(String rail, List<Payee> payees, long firstAmount) {
        return release(rail, payees, firstAmount, false);
    }

    private static Run release(String rail, List<Payee> payees, long firstAmount, boolean withOutbox) {
        try (Connection db = AdminDatabase.connectAsEngine()) {
            db.setAutoCommit(false);
            String program = program(db, rail);
            String funding = fundingAccount(db, program);
            long list = list(db, program, payees.size());
            long total = payees.size() * firstAmount + 1_000L * payees.size() * (payees.size() - 1) / 2;
            long run = run(db, program, payees.size(), total);
            List<Payment> payments = new ArrayList<>();
            for (int line = 1; line <= payees.size(); line++) {
                Payee payee = payees.get(line - 1);
                long amount = firstAmount + 1_000L * (line - 1);
                long beneficiary = beneficiary(db, program, list, payee, amount);
                payments.add(payment(db, run, line, program, beneficiary, funding, payee, amount, rail));
            }
            released(db, run);
            if (withOutbox) {
                outbox(db, rail, run, payments);
            }
            db.commit();
            return new Run(run, program, funding, payments, total);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot release a test run", failure);
        }
    }

    static String state(long paymentId) {
        return single("select state || coalesce('(' || reason_code || ')', '') from payment where id = ?", paymentId);
    }

    /** How many times the payment went CREATED → SENT: each is one hand-over to the bank. */
    static long handOvers(long paymentId) {
        return Long.parseLong(single("select count(*)::text from payment_event where payment_id = ? "
                + "and from_state = 'CREATED' and to_state = 'SENT'", paymentId));
    }

    static String bankFileStatus(long runId) {
        return single("select status from bank_file where run_id = ?", runId);
    }

    /** The dispatcher's cursor for a bank back to 0: the sandbox's notifications start again with every test JVM. */
    static void rewindNotifications(String bankBin) {
        try (Connection db = AdminDatabase.connectAsEngine(); PreparedStatement update = db.prepareStatement(
                "update notification_cursor set last_seq = 0 where bank_bin = ?")) {
            update.setString(1, bankBin);
            update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static String single(String sql, Object parameter) {
        try (Connection db = AdminDatabase.connectAsEngine(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String program(Connection db, String rail) throws SQLException {
        String code = "D-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into program (code, name, province_code, funding_bin, funding_account, funding_name, rail)
                values (?, ?, '079', ?, ?, 'Sở Lao động Thương binh và Xã hội', ?)""")) {
            insert.setString(1, code);
            insert.setString(2, "Chi trả thử " + code);
            insert.setString(3, PAYING_BIN);
            insert.setString(4, "FUND" + code.substring(2));
            insert.setString(5, rail);
            insert.executeUpdate();
        }
        return code;
    }

    private static String fundingAccount(Connection db, String program) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select funding_account from program where code = ?")) {
            query.setString(1, program);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static long list(Connection db, String program, int rows) throws SQLException {
        return insertReturningId(db, """
                insert into beneficiary_list (program_code, file_name, content_sha256, format, file_bytes, uploaded_by,
                    status, rows_total) values (?, 'dispatch-test.csv', ?, 'CSV', 1, 'test-officer', 'COMPLETED', ?)
                returning id""", program, "%064d".formatted(Math.abs(program.hashCode())), (long) rows);
    }

    private static long run(Connection db, String program, int lines, long total) throws SQLException {
        return insertReturningId(db, """
                insert into payout_run (program_code, period, status, created_by, line_count, total_vnd)
                values (?, ?, 'DRAFT', 'test-officer', ?, ?) returning id""",
                program, PERIOD, (long) lines, total);
    }

    /** Lines go only into a DRAFT run, so the run is written as a draft and released once its lines are in. */
    private static void released(Connection db, long run) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update payout_run set status = 'RELEASED', "
                + "lines_sha256 = repeat('0', 64), released_at = now() where id = ?")) {
            update.setLong(1, run);
            update.executeUpdate();
        }
    }

    private static long beneficiary(Connection db, String program, long list, Payee payee, long amount)
            throws SQLException {
        return insertReturningId(db, """
                insert into beneficiary (program_code, cccd, full_name, date_of_birth, gender, benefit_amount_vnd,
                    source_list_id) values (?, ?, ?, date '1950-01-01', 'F', ?, ?) returning id""",
                program, payee.cccd(), payee.holderName(), amount, list);
    }

    private static Payment payment(Connection db, long run, int line, String program, long beneficiary,
            String funding, Payee payee, long amount, String rail) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                    amount_vnd, kind) values (?, ?, ?, ?, ?, ?, ?, ?, 'BENEFIT')""")) {
            insert.setLong(1, run);
            insert.setInt(2, line);
            insert.setLong(3, beneficiary);
            insert.setString(4, payee.cccd());
            insert.setString(5, payee.holderName());
            insert.setString(6, payee.bin());
            insert.setString(7, payee.account());
            insert.setLong(8, amount);
            insert.executeUpdate();
        }
        String endToEndId = EndToEndId.forRunLine(run, line).value();
        long id = insertReturningId(db, """
                insert into payment (end_to_end_id, run_id, line_no, program_code, period, beneficiary_id, debtor_bin,
                    debtor_account, creditor_bin, creditor_account, creditor_name, amount_vnd, rail, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CREATED') returning id""",
                endToEndId, run, (long) line, program, PERIOD, beneficiary, PAYING_BIN, funding, payee.bin(),
                payee.account(), payee.holderName(), amount, rail);
        return new Payment(id, endToEndId, payee, amount);
    }

    private static void outbox(Connection db, String rail, long run, List<Payment> payments) throws SQLException {
        if (rail.equals("FILE")) {
            insertReturningId(db, "insert into outbox (kind, run_id, bank_bin) values ('SEND_FILE', ?, ?) returning id",
                    run, PAYING_BIN);
            return;
        }
        for (Payment payment : payments) {
            insertReturningId(db, "insert into outbox (kind, payment_id) values ('SEND_INSTANT', ?) returning id",
                    payment.id());
        }
    }

    private static long insertReturningId(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> worldAccounts() {
        try {
            List<String> lines = Files.readAllLines(SandboxTestResource.world().resolve("accounts.csv"));
            return lines.subList(1, lines.size());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
