package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.access.Roles;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.TestPrograms;
import vn.ansinh.testing.Tokens;

/** What the payout tests share: people with roles, a program enrolled from the demo list, runs moved by the API. */
final class PayoutFixtures {

    static final Duration LIST_WAIT_MAX = Duration.ofSeconds(120);
    /** The NAPAS BIN of Vietcombank: the funding bank of test programs. */
    static final String FUNDING_BIN = "970436";

    static final String MAKER = "officer-maker";
    static final String OTHER_OFFICER = "officer-other";
    static final String APPROVER_A = "approver-a";
    static final String APPROVER_B = "approver-b";

    private PayoutFixtures() {}

    static String officer() {
        return Tokens.as(MAKER, Roles.OFFICER);
    }

    static String approver(String name) {
        return Tokens.as(name, Roles.APPROVER);
    }

    static String admin() {
        return Tokens.as("admin-test", Roles.ADMIN);
    }

    /** A program of its own with the demo list uploaded and finished: its verified rows are enrolled. */
    record Enrolled(String program, long listId) {}

    static Enrolled enrolDemoList() throws Exception {
        String program = TestPrograms.create();
        long listId = given().auth().oauth2(officer())
                .multiPart("file", SandboxTestResource.world().resolve("beneficiaries.csv").toFile())
                .post("/programs/" + program + "/beneficiary-lists").then().statusCode(202).extract().jsonPath().getLong("id");
        awaitList(program, listId);
        return new Enrolled(program, listId);
    }

    static JsonPath awaitList(String program, long listId) throws InterruptedException {
        var deadline = Instant.now().plus(LIST_WAIT_MAX);
        JsonPath list;
        do {
            Thread.sleep(200);
            list = given().auth().oauth2(officer()).get("/programs/" + program + "/beneficiary-lists/" + listId)
                    .then().statusCode(200).extract().jsonPath();
            assertFalse("FAILED".equals(list.getString("status")), list.prettify());
        } while (!"COMPLETED".equals(list.getString("status")) && Instant.now().isBefore(deadline));
        assertEquals("COMPLETED", list.getString("status"), list.prettify());
        return list;
    }

    /** Settings paying by file, enrolled amounts, a budget nothing in the demo list can reach, one approver. */
    static Map<String, Object> settings() {
        var body = new HashMap<String, Object>();
        body.put("fundingBin", FUNDING_BIN);
        body.put("fundingAccount", "0011000123456");
        body.put("fundingName", "So Lao dong TBXH TP HCM");
        body.put("rail", "FILE");
        body.put("budgetPerPeriodVnd", 1_000_000_000_000L);
        return body;
    }

    static void configure(String program, Map<String, Object> settings) {
        given().auth().oauth2(admin()).contentType("application/json").body(settings)
                .put("/programs/" + program + "/payout-settings").then().statusCode(200);
    }

    static JsonPath createRun(String program, String period) {
        return given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", program, "period", period))
                .post("/runs").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath step(long runId, String step, String token, int status) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of())
                .post("/runs/" + runId + "/" + step).then().statusCode(status).extract().jsonPath();
    }

    /** Creates, submits, approves with one approver and releases a run; answers the released run. */
    static JsonPath releasedRun(String program, String period) {
        long runId = createRun(program, period).getLong("id");
        step(runId, "submit", officer(), 200);
        step(runId, "approve", approver(APPROVER_A), 200);
        return step(runId, "release", officer(), 200);
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = AdminDatabase.connect(); var query = db.prepareStatement(sql)) {
            bind(db, query, parameters);
            var rows = query.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    static int execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = AdminDatabase.connect(); var update = db.prepareStatement(sql)) {
            bind(db, update, parameters);
            return update.executeUpdate();
        }
    }

    static List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection db = AdminDatabase.connect(); var query = db.prepareStatement(sql)) {
            bind(db, query, parameters);
            var rows = query.executeQuery();
            var out = new ArrayList<Map<String, Object>>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                var row = new HashMap<String, Object>();
                for (int c = 1; c <= columns; c++) row.put(rows.getMetaData().getColumnLabel(c), rows.getObject(c));
                out.add(row);
            }
            return out;
        }
    }

    private static void bind(Connection db, java.sql.PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Long[] ids ? db.createArrayOf("bigint", ids) : parameters[i];
            statement.setObject(i + 1, value);
        }
    }

    /** The audit entries of an action on a subject. */
    static long audited(String action, String subject) throws SQLException {
        return count("select count(*) from audit_entry where action = ? and subject = ?", action, subject);
    }
}
