package vn.ansinh.beneficiary.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.Jdbc;
import vn.ansinh.testing.TestPrograms;

/**
 * Two lists of one program that name the same new person, closed at the same moment: enrolment finds new people
 * by an anti-join, not ON CONFLICT, so it is the program's enrolment lock that keeps the second from colliding with
 * the first on the unique (program, CCCD) key. The second waits, then sees the person and refreshes them.
 */
@QuarkusTest
class EnrolmentRaceTest {

    private static final Duration WAIT_MAX = Duration.ofSeconds(30);
    private static final String CCCD = "079190000123";
    private static final String WAITING_ON_ENROLMENT_LOCK = """
            select count(*) from pg_locks where locktype = 'advisory' and classid = ? and not granted""";

    @Inject Pool pool;
    @Inject Enrolment enrolment;

    @Test
    void theSecondListWaitsForTheFirstAndRefreshesThePersonItEnrolled() throws Exception {
        String program = TestPrograms.create();
        long first;
        long second;
        try (var db = AdminDatabase.connect()) {
            first = verifiedList(db, program, "111111111");
            second = verifiedList(db, program, "222222222");
        }
        var firstTx = pool.getConnection().await().atMost(WAIT_MAX);
        var secondTx = pool.getConnection().await().atMost(WAIT_MAX);
        try {
            firstTx.query("begin").execute().await().atMost(WAIT_MAX);
            var enrolledFirst = enrolment.enrolVerified(firstTx, first, program,
                    enrolment.verifiedRows(firstTx, first, null)).await().atMost(WAIT_MAX);
            assertEquals(1, enrolledFirst.accountVersions(), "the first list enrols the new person with an account");

            secondTx.query("begin").execute().await().atMost(WAIT_MAX);
            var enrolledSecond = new CompletableFuture<Enrolment.Enrolled>();
            enrolment.enrolVerified(secondTx, second, program, enrolment.verifiedRows(secondTx, second, null))
                    .subscribe()
                    .with(enrolledSecond::complete, enrolledSecond::completeExceptionally);
            awaitWaitingOnEnrolmentLock();
            assertFalse(enrolledSecond.isDone(), "the second list's enrolment waits for the first to commit");

            firstTx.query("commit").execute().await().atMost(WAIT_MAX);
            var refreshed = enrolledSecond.get(WAIT_MAX.toSeconds(), TimeUnit.SECONDS);
            assertEquals(1, refreshed.accountVersions(), "the second list opens its new account for the same person");
            secondTx.query("commit").execute().await().atMost(WAIT_MAX);
        } finally {
            firstTx.close().await().atMost(WAIT_MAX);
            secondTx.close().await().atMost(WAIT_MAX);
        }
        try (var db = AdminDatabase.connect(); var q = db.prepareStatement("""
                select count(*), max(b.source_list_id), count(a.*) filter (where a.valid_to is null),
                    max(a.account_number) filter (where a.valid_to is null)
                from beneficiary b join beneficiary_account a on a.beneficiary_id = b.id
                where b.program_code = ? and b.cccd = ?""")) {
            q.setString(1, program);
            q.setString(2, CCCD);
            var rs = q.executeQuery();
            rs.next();
            assertEquals(2, rs.getLong(1), "one person, two account versions");
            assertEquals(second, rs.getLong(2), "the person takes what the later list says");
            assertEquals(1, rs.getLong(3), "one current account");
            assertEquals("222222222", rs.getString(4));
        }
    }

    /**
     * A list with one VERIFIED row for {@link #CCCD} paid into the given account. Marked FAILED so that the engine's
     * resumer, which closes VERIFYING lists, leaves it alone: this test drives the enrolment itself.
     */
    private static long verifiedList(Connection db, String program, String account) throws SQLException {
        long listId = Jdbc.firstLong(db, """
                insert into beneficiary_list (program_code, file_name, content_sha256, format, file_bytes, uploaded_by,
                    status, rows_total, reading_done)
                values (?, 'race.json', lpad(?, 64, '0'), 'JSON', 1, 'officer-test', 'FAILED', 1, true)
                returning id""", program, account + System.nanoTime());
        Jdbc.execute(db, """
                insert into list_row (list_id, row_number, full_name, cccd, date_of_birth, gender, amount_vnd,
                    bank_input, bank_bin, account_number, outcome, registry_name, bank_holder_name,
                    account_name_score_bp)
                values (?, 1, 'Nguyễn Văn An', ?, date '1990-01-01', 'M', 500000, '970436', '970436', ?, 'VERIFIED',
                    'Nguyễn Văn An', 'NGUYEN VAN AN', 10000)""", listId, CCCD, account);
        return listId;
    }

    private static void awaitWaitingOnEnrolmentLock() throws Exception {
        long deadline = System.nanoTime() + WAIT_MAX.toNanos();
        try (var db = AdminDatabase.connect()) {
            while (System.nanoTime() < deadline) {
                if (Jdbc.firstLong(db, WAITING_ON_ENROLMENT_LOCK, Enrolment.ENROL_LOCK_NAMESPACE) == 1) return;
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the second enrolment never waited on the program's enrolment lock");
    }
}
