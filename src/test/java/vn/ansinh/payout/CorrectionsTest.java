package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.payout.PayoutFixtures.APPROVER_A;
import static vn.ansinh.payout.PayoutFixtures.approver;
import static vn.ansinh.payout.PayoutFixtures.configure;
import static vn.ansinh.payout.PayoutFixtures.count;
import static vn.ansinh.payout.PayoutFixtures.enrolDemoList;
import static vn.ansinh.payout.PayoutFixtures.execute;
import static vn.ansinh.payout.PayoutFixtures.officer;
import static vn.ansinh.payout.PayoutFixtures.releasedRun;
import static vn.ansinh.payout.PayoutFixtures.rows;
import static vn.ansinh.payout.PayoutFixtures.settings;
import static vn.ansinh.payout.PayoutFixtures.step;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failed payments: listed with the advice of their ISO reason, and re-issued once into the account that is current now. */
@QuarkusTest
class CorrectionsTest {

    /** Proves the correction cycle: advice per reason, a re-issue refused into an unchanged wrong account, then paid once into the fixed one. */
    @Test
    void failedPaymentsAreListedWithAdviceAndReissuedOnceIntoTheCurrentAccount() throws Exception {
        var enrolled = enrolDemoList();
        String program = enrolled.program();
        configure(program, settings());
        long runId = releasedRun(program, "2026-01").getLong("id");
        long wrongAccount = paymentOn(runId, 1);
        long noFunds = paymentOn(runId, 2);
        execute("update payment set state = 'REJECTED', reason_code = 'AC01' where id = ?", wrongAccount);
        execute("update payment set state = 'RETURNED', reason_code = 'AM04' where id = ?", noFunds);

        var corrections = corrections(program);
        assertEquals(List.of(wrongAccount, noFunds), corrections.getList("paymentId", Long.class));
        assertEquals("BENEFICIARY", corrections.getString("[0].advice.actor"));
        assertEquals("AC01", corrections.getString("[0].advice.reasonCode"));
        assertTrue(corrections.getString("[0].advice.vietnamese").startsWith("Số tài khoản không đúng"));
        assertEquals("PROGRAM", corrections.getString("[1].advice.actor"));
        assertEquals(false, corrections.getBoolean("[0].currentAccountDiffers"));

        reissue(program, List.of(wrongAccount)).then().statusCode(409).body("code", equalTo("PAYMENT_NOT_REISSUABLE"))
                .body("violations[0].detail", org.hamcrest.Matchers.containsString("has not changed"));

        long beneficiary = (Long) rows("select beneficiary_id from payment where id = ?", wrongAccount).getFirst().get("beneficiary_id");
        String fixedAccount = "0071000" + String.format("%06d", beneficiary % 1_000_000);
        correctAccount(beneficiary, fixedAccount);
        assertEquals(true, corrections(program).getBoolean("[0].currentAccountDiffers"));

        var reissue = reissue(program, List.of(wrongAccount, noFunds)).then().statusCode(201).extract().jsonPath();
        long reissueRun = reissue.getLong("id");
        assertEquals("REISSUE", reissue.getString("kind"));
        assertEquals(2, reissue.getLong("linesByKind.REISSUE.count"));
        var lines = rows("select * from payout_line where run_id = ? order by line_no", reissueRun);
        assertEquals(wrongAccount, lines.get(0).get("reissue_of_payment"));
        assertEquals(fixedAccount, lines.get(0).get("account_number"));
        assertEquals(rows("select amount_vnd from payment where id = ?", wrongAccount).getFirst().get("amount_vnd"),
                lines.get(0).get("amount_vnd"));
        assertEquals(0, corrections(program).getList("").size());
        reissue(program, List.of(noFunds)).then().statusCode(409).body("code", equalTo("PAYMENT_NOT_REISSUABLE"));

        step(reissueRun, "submit", officer(), 200);
        step(reissueRun, "approve", approver(APPROVER_A), 200);
        step(reissueRun, "release", officer(), 200);
        assertEquals(1, count("select count(*) from payment where reissue_of = ? and creditor_account = ?", wrongAccount,
                fixedAccount));
        assertEquals(0, count("select count(*) from period_payment where run_id = ?", reissueRun));

        reissue(program, List.of(wrongAccount)).then().statusCode(409)
                .body("violations[0].detail", org.hamcrest.Matchers.containsString("already been re-issued"));
        var twice = assertThrows(SQLException.class, () -> execute(
                "update payment set reissue_of = ? where run_id = ? and line_no = 3", noFunds, runId));
        assertEquals("23505", twice.getSQLState());
    }

    private static long paymentOn(long runId, int line) throws Exception {
        return (Long) rows("select id from payment where run_id = ? and line_no = ?", runId, line).getFirst().get("id");
    }

    /** A new account version, as a later verified list would record it: the old one closed, never rewritten. */
    private static void correctAccount(long beneficiary, String account) throws Exception {
        execute("update beneficiary_account set valid_to = now() where beneficiary_id = ? and valid_to is null", beneficiary);
        execute("insert into beneficiary_account (beneficiary_id, cccd, bank_bin, account_number, holder_name, "
                + "name_score_bp, valid_from, source_list_id) select id, cccd, '970436', ?, full_name, 10000, now(), source_list_id "
                + "from beneficiary where id = ?", account, beneficiary);
    }

    private static JsonPath corrections(String program) {
        return given().auth().oauth2(officer()).get("/programs/" + program + "/corrections")
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.Response reissue(String program, List<Long> payments) {
        return given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", program, "period", "2026-02", "kind", "REISSUE", "paymentIds", payments))
                .post("/runs");
    }
}
