package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.payout.PayoutFixtures.APPROVER_A;
import static vn.ansinh.payout.PayoutFixtures.FUNDING_BIN;
import static vn.ansinh.payout.PayoutFixtures.approver;
import static vn.ansinh.payout.PayoutFixtures.audited;
import static vn.ansinh.payout.PayoutFixtures.configure;
import static vn.ansinh.payout.PayoutFixtures.count;
import static vn.ansinh.payout.PayoutFixtures.createRun;
import static vn.ansinh.payout.PayoutFixtures.enrolDemoList;
import static vn.ansinh.payout.PayoutFixtures.execute;
import static vn.ansinh.payout.PayoutFixtures.officer;
import static vn.ansinh.payout.PayoutFixtures.releasedRun;
import static vn.ansinh.payout.PayoutFixtures.rows;
import static vn.ansinh.payout.PayoutFixtures.settings;
import static vn.ansinh.payout.PayoutFixtures.step;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.payout.run.LineKind;
import vn.ansinh.payout.run.LinesDigest;
import vn.ansinh.payout.run.RunCompletion;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.id.EndToEndIdOrigin;
import vn.ansinh.testing.AdminDatabase;

/** Release turns exactly the approved lines into payments and outbox rows, or refuses and leaves nothing behind. */
@QuarkusTest
class RunReleaseTest {

    @Inject RunCompletion completion;

    /** Proves that release writes one CREATED payment per line under a parseable end-to-end id, one event each, one SEND_FILE row, and an audit entry. */
    @Test
    void releaseWritesOnePaymentPerLineWithEventsOutboxAndAudit() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        var run = releasedRun(enrolled.program(), "2026-01");
        long runId = run.getLong("id");
        long lines = run.getLong("lineCount");
        assertEquals("RELEASED", run.getString("status"));
        assertTrue(lines > 0);

        var payments = rows("select p.*, l.bank_bin as line_bin, l.account_number as line_account, l.amount_vnd as "
                + "line_amount from payment p join payout_line l on l.run_id = p.run_id and l.line_no = p.line_no "
                + "where p.run_id = ? order by p.line_no", runId);
        assertEquals(lines, payments.size());
        long total = 0;
        for (var payment : payments) {
            String id = (String) payment.get("end_to_end_id");
            assertTrue(id.length() <= 25 && id.chars().allMatch(c -> c < 128), id);
            var parsed = EndToEndId.parse(id).orElseThrow(() -> new AssertionError("unparseable " + id));
            assertEquals(new EndToEndIdOrigin.RunLine(runId, (Integer) payment.get("line_no")), parsed.origin());
            assertEquals("CREATED", payment.get("state"));
            assertEquals("FILE", payment.get("rail"));
            assertEquals(FUNDING_BIN, payment.get("debtor_bin"));
            assertEquals(payment.get("line_bin"), payment.get("creditor_bin"));
            assertEquals(payment.get("line_account"), payment.get("creditor_account"));
            assertEquals(payment.get("line_amount"), payment.get("amount_vnd"));
            total += (Long) payment.get("amount_vnd");
        }
        assertEquals(run.getLong("totalVnd"), total);
        assertEquals(lines, count("select count(*) from payment_event e join payment p on p.id = e.payment_id "
                + "where p.run_id = ? and e.seq = 1 and e.from_state = 'NONE' and e.to_state = 'CREATED'", runId));
        assertEquals(1, count("select count(*) from outbox where run_id = ?", runId));
        assertEquals(1, count("select count(*) from outbox where run_id = ? and kind = 'SEND_FILE' and bank_bin = ? "
                + "and payment_id is null and done_at is null", runId, FUNDING_BIN));
        assertEquals(lines, count("select count(*) from period_payment where run_id = ?", runId));

        var released = rows("select payload::text as payload from audit_entry where action = 'RUN_RELEASED' and subject = ?",
                "run:" + runId);
        assertEquals(1, released.size());
        var facts = new ObjectMapper().readTree((String) released.getFirst().get("payload"));
        assertEquals(lines, facts.get("payments").asLong());
        assertEquals(total, facts.get("totalVnd").asLong());
        assertEquals(run.getString("linesSha256"), facts.get("linesSha256").asText());
    }

    /** Proves that on the instant rail release asks for exactly one SEND_INSTANT per payment. */
    @Test
    void instantRailAsksForOneSendPerPayment() throws Exception {
        var enrolled = enrolDemoList();
        var settings = settings();
        settings.put("rail", "INSTANT");
        configure(enrolled.program(), settings);
        var run = releasedRun(enrolled.program(), "2026-01");
        long runId = run.getLong("id");
        assertEquals(run.getLong("lineCount"), count("select count(distinct o.payment_id) from outbox o join payment p "
                + "on p.id = o.payment_id and p.run_id = o.run_id where o.run_id = ? and o.kind = 'SEND_INSTANT' "
                + "and o.bank_bin = ? and p.rail = 'INSTANT'", runId, FUNDING_BIN));
        assertEquals(run.getLong("lineCount"), count("select count(*) from outbox where run_id = ?", runId));
    }

    /** Proves that the lines hash is the documented canonical form: recomputed in Java from the stored lines, it is the hash approvers signed. */
    @Test
    void theLinesHashIsTheDocumentedCanonicalForm() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        long runId = createRun(enrolled.program(), "2026-02").getLong("id");
        var submitted = step(runId, "submit", officer(), 200);
        var canonical = new ArrayList<String>();
        for (var line : rows("select * from payout_line where run_id = ? order by line_no", runId)) {
            canonical.add(LinesDigest.canonicalLine((Integer) line.get("line_no"), (Long) line.get("beneficiary_id"),
                    (String) line.get("cccd"), (String) line.get("bank_bin"), (String) line.get("account_number"),
                    (Long) line.get("amount_vnd"), LineKind.valueOf((String) line.get("kind"))));
        }
        assertEquals(LinesDigest.of(canonical), submitted.getString("linesSha256"));
    }

    /** Proves that a line altered behind the engine's back after approval is reported by /integrity and refuses release, leaving nothing paid. */
    @Test
    void aTamperedLineRefusesRelease() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        long runId = createRun(enrolled.program(), "2026-03").getLong("id");
        step(runId, "submit", officer(), 200);
        step(runId, "approve", approver(APPROVER_A), 200);
        given().auth().oauth2(officer()).get("/runs/" + runId + "/integrity").then().statusCode(200)
                .body("intact", equalTo(true));

        // The engine's own role cannot change a line at all: V5's trigger refuses it.
        var refused = assertThrows(SQLException.class, () -> {
            try (var db = AdminDatabase.connectAsEngine(); var update = db.prepareStatement(
                    "update payout_line set account_number = '1234567890' where run_id = ? and line_no = 1")) {
                update.setLong(1, runId);
                update.executeUpdate();
            }
        });
        assertEquals("42501", refused.getSQLState());

        // A superuser can switch triggers off; the hash still sees it.
        try (var db = AdminDatabase.connect(); var statement = db.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update payout_line set account_number = '1234567890' where run_id = " + runId
                    + " and line_no = 1");
        }
        given().auth().oauth2(officer()).get("/runs/" + runId + "/integrity").then().statusCode(200)
                .body("intact", equalTo(false)).body("approvals[0].matches", equalTo(false));
        given().auth().oauth2(officer()).contentType("application/json").body(Map.of())
                .post("/runs/" + runId + "/release").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("RUN_INTEGRITY_BROKEN")).body("detail", containsString("changed outside the engine"));
        given().auth().oauth2(officer()).get("/runs/" + runId).then().body("status", equalTo("APPROVED"));
        assertEquals(0, count("select count(*) from payment where run_id = ?", runId));
        assertEquals(0, count("select count(*) from period_payment where run_id = ?", runId));
        assertEquals(0, count("select count(*) from outbox where run_id = ?", runId));
        assertEquals(0, audited("RUN_RELEASED", "run:" + runId));
    }

    /** Proves that a line altered before approval makes the approval itself refuse. */
    @Test
    void aTamperedLineRefusesApproval() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        long runId = createRun(enrolled.program(), "2026-03").getLong("id");
        step(runId, "submit", officer(), 200);
        try (var db = AdminDatabase.connect(); var statement = db.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update payout_line set amount_vnd = amount_vnd + 1 where run_id = " + runId
                    + " and line_no = 2");
        }
        assertEquals("RUN_INTEGRITY_BROKEN", step(runId, "approve", approver(APPROVER_A), 409).getString("code"));
        assertEquals(0, count("select count(*) from run_approval where run_id = ?", runId));
    }

    /** Proves that a released run completes only when every payment is final, with Σ settled, rejected and returned audited. */
    @Test
    void aRunCompletesWhenEveryPaymentIsFinal() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        var run = releasedRun(enrolled.program(), "2026-04");
        long runId = run.getLong("id");
        execute("update payment set state = 'SETTLED' where run_id = ? and line_no > 2", runId);
        execute("update payment set state = 'REJECTED', reason_code = 'AC04' where run_id = ? and line_no = 1", runId);
        assertFalse(completion.completeIfDone(runId).await().atMost(Duration.ofSeconds(30)));
        assertEquals("RELEASED", given().auth().oauth2(officer()).get("/runs/" + runId).then().extract().path("status"));

        execute("update payment set state = 'RETURNED', reason_code = 'AC06' where run_id = ? and line_no = 2", runId);
        assertTrue(completion.completeIfDone(runId).await().atMost(Duration.ofSeconds(30)));
        assertEquals("COMPLETED", given().auth().oauth2(officer()).get("/runs/" + runId).then().extract().path("status"));
        assertFalse(completion.completeIfDone(runId).await().atMost(Duration.ofSeconds(30)));

        var amounts = rows("select (select amount_vnd from payment where run_id = ? and line_no = 1) as rejected, "
                + "(select amount_vnd from payment where run_id = ? and line_no = 2) as returned", runId, runId).getFirst();
        var payload = rows("select payload::text as payload from audit_entry where action = 'RUN_COMPLETED' and subject = ?",
                "run:" + runId);
        assertEquals(1, payload.size());
        var facts = new ObjectMapper().readTree((String) payload.getFirst().get("payload"));
        assertEquals(amounts.get("rejected"), facts.get("rejectedVnd").asLong());
        assertEquals(amounts.get("returned"), facts.get("returnedVnd").asLong());
        assertEquals(run.getLong("totalVnd") - (Long) amounts.get("rejected") - (Long) amounts.get("returned"),
                facts.get("settledVnd").asLong());
    }
}
