package vn.ansinh.rails.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.AdminDatabase;

/**
 * The references of a run's rows, each against a real run: a line or a claim must name a run that exists (V14) and a
 * line only a draft (V21); a payment is checked against its line, whose beneficiary it must pay (V20).
 */
@QuarkusTest
class PaymentReferencesTest {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Test
    void aPaymentMustPayItsLinesBeneficiary() throws SQLException {
        PayoutFixture.Run released = PayoutFixture.releaseWithoutOutbox("FILE", PayoutFixture.payees(2), 310_000);
        long first = beneficiaryOfLine(released.id(), 1);
        long second = beneficiaryOfLine(released.id(), 2);
        try (Connection db = AdminDatabase.connectAsEngine()) {
            long draft = Long.parseLong(PayoutFixture.single("""
                    insert into payout_run (program_code, period, status, created_by) values (?, '2030-01', 'DRAFT',
                        'test-officer') returning id::text""", released.programCode()));
            execute(db, """
                    insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                        amount_vnd, kind) values (?, 1, ?, '079000000003', 'A', '970436', '0011000123456', 1, 'BENEFIT')""",
                    draft, first);

            assertRefused(() -> execute(db, """
                    insert into payment (end_to_end_id, run_id, line_no, program_code, period, beneficiary_id,
                        debtor_bin, debtor_account, creditor_bin, creditor_account, creditor_name, amount_vnd, rail,
                        state) values ('ASRREFTEST1', ?, 1, ?, '2030-01', ?, '970415', '1', '970436', '2', 'A', 1,
                        'FILE', 'CREATED')""", draft, released.programCode(), second));
            assertRefused(() -> execute(db, """
                    insert into payment (end_to_end_id, run_id, line_no, program_code, period, beneficiary_id,
                        debtor_bin, debtor_account, creditor_bin, creditor_account, creditor_name, amount_vnd, rail,
                        state, reissue_of) values ('ASRREFTEST2', ?, 1, ?, '2030-01', ?, '970415', '1', '970436', '2',
                        'A', 1, 'FILE', 'CREATED', -1)""", draft, released.programCode(), first));
            assertRefused(() -> execute(db, """
                    insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                        amount_vnd, kind) values (-1, 1, ?, '079000000003', 'A', '970436', '0011000123456', 1, 'BENEFIT')""",
                    first));
            assertRefused(() -> execute(db, """
                    insert into period_payment (program_code, period, beneficiary_id, run_id) values (?, '2030-01', ?, -1)""",
                    released.programCode(), first));
        }
    }

    /** Proves V21's once-per-run check: a line is refused by a run that is no longer a draft. */
    @Test
    void linesGoOnlyIntoADraftRun() throws SQLException {
        PayoutFixture.Run released = PayoutFixture.releaseWithoutOutbox("FILE", PayoutFixture.payees(1), 320_000);
        long beneficiary = beneficiaryOfLine(released.id(), 1);
        try (Connection db = AdminDatabase.connectAsEngine()) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(db, """
                    insert into payout_line (run_id, line_no, beneficiary_id, cccd, full_name, bank_bin, account_number,
                        amount_vnd, kind) values (?, 2, ?, '079000000004', 'A', '970436', '0011000123456', 1, 'BENEFIT')""",
                    released.id(), beneficiary));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
    }

    private static long beneficiaryOfLine(long run, int line) {
        return Long.parseLong(PayoutFixture.single("select beneficiary_id::text from payout_line where run_id = ? "
                + "and line_no = " + line, run));
    }

    private interface Statement {
        void run() throws SQLException;
    }

    private static void assertRefused(Statement statement) {
        SQLException refused = assertThrows(SQLException.class, statement::run);
        assertEquals(FOREIGN_KEY_VIOLATION, refused.getSQLState(), refused.getMessage());
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
