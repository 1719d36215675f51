package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.payout.PayoutFixtures.APPROVER_A;
import static vn.ansinh.payout.PayoutFixtures.APPROVER_B;
import static vn.ansinh.payout.PayoutFixtures.approver;
import static vn.ansinh.payout.PayoutFixtures.audited;
import static vn.ansinh.payout.PayoutFixtures.configure;
import static vn.ansinh.payout.PayoutFixtures.count;
import static vn.ansinh.payout.PayoutFixtures.createRun;
import static vn.ansinh.payout.PayoutFixtures.enrolDemoList;
import static vn.ansinh.payout.PayoutFixtures.officer;
import static vn.ansinh.payout.PayoutFixtures.settings;
import static vn.ansinh.payout.PayoutFixtures.step;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.access.Roles;
import vn.ansinh.testing.Tokens;

/** Maker-checker on payout runs, over the API: who may approve, how many must, and within which budget. */
@QuarkusTest
class RunMakerCheckerTest {

    /** Proves that the maker of a run gets 403 MAKER_CANNOT_APPROVE even with the approver role, and another approver 200. */
    @Test
    void theMakerCannotApproveButAnotherApproverCan() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        String makerAndApprover = Tokens.as("officer-and-approver", Roles.OFFICER, Roles.APPROVER);
        long runId = given().auth().oauth2(makerAndApprover).contentType("application/json")
                .body(Map.of("program", enrolled.program(), "period", "2026-01"))
                .post("/runs").then().statusCode(201).extract().jsonPath().getLong("id");
        var submitted = step(runId, "submit", makerAndApprover, 200);
        assertEquals("SUBMITTED", submitted.getString("status"));

        given().auth().oauth2(makerAndApprover).contentType("application/json").body(Map.of())
                .post("/runs/" + runId + "/approve").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("MAKER_CANNOT_APPROVE"));
        assertEquals(0, count("select count(*) from run_approval where run_id = ?", runId));

        var approved = step(runId, "approve", approver(APPROVER_A), 200);
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(APPROVER_A, approved.getString("approvals[0].approver"));
        assertEquals(submitted.getString("linesSha256"), approved.getString("approvals[0].linesSha256"));
        assertEquals(1, audited("RUN_APPROVAL_GIVEN", "run:" + runId));
    }

    /** Proves that above the threshold one approval leaves the run SUBMITTED, nobody counts twice, and a second approver approves. */
    @Test
    void aboveTheThresholdTwoDistinctApproversAreNeeded() throws Exception {
        var enrolled = enrolDemoList();
        var settings = settings();
        settings.put("approvalSecondAboveVnd", 1_000L);
        configure(enrolled.program(), settings);
        long runId = createRun(enrolled.program(), "2026-02").getLong("id");
        assertEquals(2, step(runId, "submit", officer(), 200).getInt("approvalsRequired"));

        assertEquals("SUBMITTED", step(runId, "approve", approver(APPROVER_A), 200).getString("status"));
        given().auth().oauth2(approver(APPROVER_A)).contentType("application/json").body(Map.of())
                .post("/runs/" + runId + "/approve").then().statusCode(409).body("code", equalTo("ALREADY_APPROVED"));
        step(runId, "release", officer(), 409);

        var approved = step(runId, "approve", approver(APPROVER_B), 200);
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(2, approved.getList("approvals").size());
        assertEquals(approved.getString("linesSha256"), approved.getString("approvals[1].linesSha256"));
    }

    /** Proves that at or below the threshold a single approval is enough. */
    @Test
    void atOrBelowTheThresholdOneApproverIsEnough() throws Exception {
        var enrolled = enrolDemoList();
        var settings = settings();
        settings.put("approvalSecondAboveVnd", 1_000_000_000_000L);
        configure(enrolled.program(), settings);
        long runId = createRun(enrolled.program(), "2026-02").getLong("id");
        assertEquals(1, step(runId, "submit", officer(), 200).getInt("approvalsRequired"));
        assertEquals("APPROVED", step(runId, "approve", approver(APPROVER_A), 200).getString("status"));
    }

    /** Proves that submission is refused when a run exceeds what the period's budget has left after approved runs. */
    @Test
    void submissionIsRefusedBeyondTheRemainingBudget() throws Exception {
        var enrolled = enrolDemoList();
        String program = enrolled.program();
        configure(program, settings());
        var first = createRun(program, "2026-03");
        long total = first.getLong("totalVnd");
        assertTrue(total > 0);
        step(first.getLong("id"), "submit", officer(), 200);
        step(first.getLong("id"), "approve", approver(APPROVER_A), 200);

        var tight = settings();
        tight.put("budgetPerPeriodVnd", total + total / 2);
        configure(program, tight);
        long second = createRun(program, "2026-03").getLong("id");
        given().auth().oauth2(officer()).contentType("application/json").body(Map.of())
                .post("/runs/" + second + "/submit").then().statusCode(409)
                .body("code", equalTo("BUDGET_EXCEEDED"));
        given().auth().oauth2(officer()).get("/runs/" + second).then().statusCode(200).body("status", equalTo("DRAFT"));

        long otherPeriod = createRun(program, "2026-04").getLong("id");
        assertEquals("SUBMITTED", step(otherPeriod, "submit", officer(), 200).getString("status"));
    }

    /** Proves that a rejection needs a written reason, is recorded and audited, and leaves a run nobody can approve or release. */
    @Test
    void rejectionNeedsAReasonAndIsFinal() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        long runId = createRun(enrolled.program(), "2026-05").getLong("id");
        step(runId, "submit", officer(), 200);
        given().auth().oauth2(approver(APPROVER_A)).contentType("application/json").body(Map.of())
                .post("/runs/" + runId + "/reject").then().statusCode(400).body("code", equalTo("REASON_REQUIRED"));
        given().auth().oauth2(approver(APPROVER_A)).contentType("application/json")
                .body(Map.of("reason", "Thiếu danh sách truy lĩnh tháng trước"))
                .post("/runs/" + runId + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionReason", equalTo("Thiếu danh sách truy lĩnh tháng trước"));
        step(runId, "approve", approver(APPROVER_B), 409);
        step(runId, "release", officer(), 409);
        assertEquals(1, audited("RUN_REJECTED", "run:" + runId));
    }

    /** Proves that a run can be cancelled before release with a reason, and is then never released. */
    @Test
    void aCancelledRunIsNeverReleased() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        long runId = createRun(enrolled.program(), "2026-06").getLong("id");
        step(runId, "submit", officer(), 200);
        step(runId, "approve", approver(APPROVER_A), 200);
        given().auth().oauth2(officer()).contentType("application/json").body(Map.of("reason", "Sai kỳ chi trả"))
                .post("/runs/" + runId + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        step(runId, "release", officer(), 409);
        assertEquals(0, count("select count(*) from payment where run_id = ?", runId));
        assertEquals(1, audited("RUN_CANCELLED", "run:" + runId));
    }
}
