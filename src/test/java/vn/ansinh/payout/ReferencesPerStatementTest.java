package vn.ansinh.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.AdminDatabase;

/**
 * The run, enrolment and acquirer tables check their references once per statement (V14, V16, V17) instead of by
 * per-row foreign keys: a reference to a row that does not exist is still refused as a foreign-key violation, and
 * the rows referred to cannot be deleted, which is what keeps a reference true after it was checked.
 */
@QuarkusTest
class ReferencesPerStatementTest {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void aReferenceToNothingIsRefusedForEachTable() throws SQLException {
        try (Connection db = AdminDatabase.connectAsEngine(); var sql = db.createStatement()) {
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate("""
                    insert into payment_event (payment_id, seq, from_state, to_state, source, actor)
                    values (-1, 1, 'NONE', 'CREATED', 'test', 'test')"""));
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate("""
                    insert into period_payment (program_code, period, beneficiary_id, run_id)
                    values ('NONE', '2026-01', -1, -1)"""));
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate("""
                    insert into outbox (kind, payment_id) values ('SEND_INSTANT', -1)"""));
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate("""
                    insert into beneficiary_account (beneficiary_id, cccd, bank_bin, account_number, holder_name,
                        name_score_bp, valid_from, source_list_id)
                    values (-1, '001000000000', '970436', '0011000123456', 'A', 10000, now(), -1)"""));
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate("""
                    insert into payment (end_to_end_id, run_id, line_no, program_code, period, beneficiary_id,
                        debtor_bin, debtor_account, creditor_bin, creditor_account, creditor_name, amount_vnd, rail,
                        state)
                    values ('ASRNONE', -1, 1, 'NONE', '2026-01', -1, '970436', '1', '970436', '2', 'A', 1, 'FILE',
                        'CREATED')"""));
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate("""
                    insert into card_transaction (terminal_id, stan, transmitted_at, mti, kind, amount_vnd, currency,
                        state, merchant_id)
                    values ('TNONE001', '000001', '0101000000', '0200', 'DEBIT', 1, '704', 'PENDING', -1)"""));
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate("""
                    with sale as (
                        insert into card_transaction (terminal_id, stan, transmitted_at, mti, kind, amount_vnd,
                            currency, state)
                        values ('TNONE002', '000001', '0101000000', '0200', 'DEBIT', 1, '704', 'PENDING')
                        returning id)
                    insert into merchant_entry (merchant_id, source, kind, amount_vnd, business_date,
                        card_transaction_id)
                    select -1, 'CARD', 'SALE', 1, current_date, id from sale"""));
        }
    }

    @Test
    void anAccountVersionNamesItsOwnersCccdForGood() throws SQLException {
        // The close finds accounts enrolled for someone else by the version's CCCD (V24), so it must be the owner's.
        String program = "REF" + System.nanoTime() % 1_000_000_000L;
        try (Connection db = AdminDatabase.connectAsEngine(); var sql = db.createStatement()) {
            sql.executeUpdate("insert into program (code, name, province_code) values ('" + program + "', 'x', '001')");
            var list = sql.executeQuery("""
                    insert into beneficiary_list (program_code, file_name, content_sha256, format, file_bytes,
                        uploaded_by, status, rows_total)
                    values ('%s', 'x.csv', repeat('0', 64), 'CSV', 1, 'test', 'COMPLETED', 0) returning id"""
                    .formatted(program));
            list.next();
            long listId = list.getLong(1);
            var owner = sql.executeQuery("""
                    insert into beneficiary (program_code, cccd, full_name, date_of_birth, gender,
                        benefit_amount_vnd, source_list_id)
                    values ('%s', '001099000001', 'A', date '1999-01-01', 'M', 1, %d) returning id"""
                    .formatted(program, listId));
            owner.next();
            long ownerId = owner.getLong(1);
            String version = """
                    insert into beneficiary_account (beneficiary_id, cccd, bank_bin, account_number, holder_name,
                        name_score_bp, valid_from, source_list_id)
                    values (%d, '%s', '970436', '0011000123456', 'A', 10000, now(), %d)""";
            assertRefused(FOREIGN_KEY_VIOLATION, () -> sql.executeUpdate(version.formatted(ownerId, "001099000002", listId)));
            sql.executeUpdate(version.formatted(ownerId, "001099000001", listId));
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> sql.executeUpdate(
                    "update beneficiary_account set cccd = '001099000002' where beneficiary_id = " + ownerId));
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> sql.executeUpdate(
                    "update beneficiary set cccd = '001099000002' where id = " + ownerId));
        }
    }

    @Test
    void rowsOthersReferToAreNeverDeleted() throws SQLException {
        try (Connection db = AdminDatabase.connectAsEngine(); var sql = db.createStatement()) {
            for (String table : new String[] {"beneficiary", "payout_run", "payment", "beneficiary_list"}) {
                assertRefused(INSUFFICIENT_PRIVILEGE, () -> sql.executeUpdate("delete from " + table + " where id = -1"));
            }
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> sql.executeUpdate("delete from program where code = 'NONE'"));
            assertRefused(INSUFFICIENT_PRIVILEGE, () -> sql.executeUpdate("delete from merchant where id = -1"));
        }
    }

    private interface Statement {
        void run() throws SQLException;
    }

    private static void assertRefused(String sqlState, Statement statement) {
        SQLException refused = assertThrows(SQLException.class, statement::run);
        assertEquals(sqlState, refused.getSQLState(), refused.getMessage());
    }
}
