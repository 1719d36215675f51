package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ansinh.payout.PayoutFixtures.APPROVER_A;
import static vn.ansinh.payout.PayoutFixtures.approver;
import static vn.ansinh.payout.PayoutFixtures.audited;
import static vn.ansinh.payout.PayoutFixtures.awaitList;
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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.fixtures.sandbox.FaultSettings;
import vn.ansinh.fixtures.world.LifeStatus;
import vn.ansinh.testing.SandboxTestResource;

/**
 * Who a run leaves out and why: the demo list enrolled, then a second list in which one person's account is under
 * review again and another's new account is refused, plus a death the registry reports, a CCCD it no longer knows
 * and a suspension. Every one of them is an exclusion with its reason, and everyone else is a line.
 */
@QuarkusTest
class RunExclusionsTest {

    /** The people made to be excluded, by the reason each must get. */
    record Planted(String program, long underReview, long rejectedAccount, long deceased, long unknown, long suspended) {}

    /** Proves that every exclusion reason is recorded with its detail, the lines are everyone else, and no-account goes to cash. */
    @Test
    void everyExclusionHasItsReasonAndEveryoneElseIsALine() throws Exception {
        var planted = plant();
        var run = createRun(planted.program(), "2026-07");
        long runId = run.getLong("id");
        long enrolled = count("select count(*) from beneficiary where program_code = ?", planted.program());

        var expected = Map.of(planted.underReview(), "ACCOUNT_UNDER_REVIEW", planted.rejectedAccount(),
                "NO_VERIFIED_ACCOUNT", planted.deceased(), "DECEASED", planted.unknown(), "NOT_IN_REGISTRY",
                planted.suspended(), "SUSPENDED");
        var excluded = new HashMap<Long, String>();
        exclusions(runId).getList("", Map.class).forEach(row -> excluded.put(((Number) row.get("beneficiaryId")).longValue(),
                (String) row.get("reason")));
        assertEquals(expected, excluded);
        assertEquals(enrolled - expected.size(), run.getLong("linesByKind.BENEFIT.count"));
        assertEquals(run.getLong("lineCount"), run.getLong("linesByKind.BENEFIT.count"));
        assertEquals(0, count("select count(*) from payout_line where run_id = ? and beneficiary_id = any (?)", runId,
                expected.keySet().toArray(Long[]::new)));

        given().auth().oauth2(officer()).queryParam("reason", "DECEASED").get("/runs/" + runId + "/exclusions")
                .then().statusCode(200).body("[0].detail", startsWith("the population registry reports the person deceased"));
        given().auth().oauth2(officer()).queryParam("reason", "ACCOUNT_UNDER_REVIEW").get("/runs/" + runId + "/exclusions")
                .then().statusCode(200).body("[0].detail", org.hamcrest.Matchers.containsString("NEEDS_REVIEW"));
        assertEquals("DECEASED", rows("select status from beneficiary where id = ?", planted.deceased()).getFirst().get("status"));
        assertEquals(1, audited("BENEFICIARIES_DECEASED", "program:" + planted.program()));
        assertEquals(1, count("select count(*) from cash_payment where run_id = ? and beneficiary_id = ?", runId,
                planted.rejectedAccount()));
        assertEquals(1, run.getLong("cash.count"));
    }

    /** Proves that a second run for a period already released excludes everyone it paid, by bank or in cash. */
    @Test
    void aSecondRunForAPaidPeriodExcludesEveryoneAlreadyPaid() throws Exception {
        var planted = plant();
        var first = releasedRun(planted.program(), "2026-08");
        long paid = first.getLong("lineCount") + first.getLong("cash.count");
        assertEquals(paid, count("select count(*) from period_payment where run_id = ?", first.getLong("id")));

        var second = createRun(planted.program(), "2026-08");
        assertEquals(0, second.getLong("lineCount"));
        assertEquals(paid, second.getLong("exclusions.ALREADY_PAID_FOR_PERIOD"));
        assertEquals(1, second.getLong("exclusions.ACCOUNT_UNDER_REVIEW"));
        assertEquals(0, second.getLong("cash.count"));
    }

    /** Proves the period_payment constraint: of two runs approved for one period, the second release is refused naming who. */
    @Test
    void releasingASecondRunForThePeriodIsRefusedNamingTheBeneficiary() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        long first = createRun(enrolled.program(), "2026-09").getLong("id");
        long second = createRun(enrolled.program(), "2026-09").getLong("id");
        for (long run : List.of(first, second)) {
            step(run, "submit", officer(), 200);
            step(run, "approve", approver(APPROVER_A), 200);
        }
        step(first, "release", officer(), 200);
        long audit = count("select count(*) from audit_entry");

        given().auth().oauth2(officer()).contentType("application/json").body(Map.of())
                .post("/runs/" + second + "/release").then().statusCode(409)
                .body("code", equalTo("PERIOD_ALREADY_PAID"))
                .body("detail", org.hamcrest.Matchers.matchesPattern("(?s).*Beneficiary \\d+ \\(CCCD \\d{3}\\*{6}\\d{3}\\) is "
                        + "already paid for 2026-09 by run " + first + ".*"));
        given().auth().oauth2(officer()).get("/runs/" + second).then().body("status", equalTo("APPROVED"));
        assertEquals(0, count("select count(*) from payment where run_id = ?", second));
        assertEquals(0, count("select count(*) from period_payment where run_id = ?", second));
        assertEquals(audit, count("select count(*) from audit_entry"));
    }

    /** Proves that arrears are paid as ARREARS lines, and that arrears for an excluded person refuse the whole request. */
    @Test
    void arrearsArePaidOnlyToPayableBeneficiaries() throws Exception {
        var planted = plant();
        long payable = (Long) rows("select min(id) as id from beneficiary where program_code = ? and status = 'ACTIVE' "
                + "and id <> all (?)", planted.program(), new Long[] {planted.underReview(), planted.rejectedAccount(),
                planted.deceased(), planted.unknown(), planted.suspended()}).getFirst().get("id");
        var arrears = Map.of("beneficiaryId", payable, "amountVnd", 750_000, "forPeriod", "2026-01",
                "reason", "Truy lĩnh tháng 1 theo quyết định 12/QĐ-UBND");
        var run = given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", planted.program(), "period", "2026-10", "arrears", List.of(arrears)))
                .post("/runs").then().statusCode(201).extract().jsonPath();
        assertEquals(1, run.getLong("linesByKind.ARREARS.count"));
        assertEquals(750_000, run.getLong("linesByKind.ARREARS.totalVnd"));
        assertEquals(run.getLong("linesByKind.BENEFIT.totalVnd") + 750_000, run.getLong("totalVnd"));

        long runs = count("select count(*) from payout_run where program_code = ?", planted.program());
        var refused = Map.of("beneficiaryId", planted.underReview(), "amountVnd", 750_000, "forPeriod", "2026-01",
                "reason", "Truy lĩnh");
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", planted.program(), "period", "2026-11", "arrears", List.of(refused)))
                .post("/runs").then().statusCode(400).body("code", equalTo("ARREARS_NOT_PAYABLE"));
        assertEquals(runs, count("select count(*) from payout_run where program_code = ?", planted.program()));
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", planted.program(), "period", "2026-11", "arrears",
                        List.of(Map.of("beneficiaryId", payable, "amountVnd", 1.5, "forPeriod", "2026-01", "reason", "x"))))
                .post("/runs").then().statusCode(400).body("violations[0].field", equalTo("arrears[0].amountVnd"));
    }

    /** Proves that no run is created when the registry cannot say who is alive: 503, and nothing stored. */
    @Test
    void noRunIsCreatedWithoutTheRegistry() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        var registry = SandboxTestResource.sandbox().registryFaults();
        registry.set(new FaultSettings(0, 0.0, true));
        try {
            given().auth().oauth2(officer()).contentType("application/json")
                    .body(Map.of("program", enrolled.program(), "period", "2026-12")).post("/runs")
                    .then().statusCode(503).body("code", equalTo("REGISTRY_UNAVAILABLE"));
        } finally {
            registry.set(FaultSettings.NONE);
        }
        assertEquals(0, count("select count(*) from payout_run where program_code = ?", enrolled.program()));
    }

    private static JsonPath exclusions(long runId) {
        return given().auth().oauth2(officer()).queryParam("limit", 1000).get("/runs/" + runId + "/exclusions")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Enrols the demo list, then makes one person of each exclusion reason. */
    static Planted plant() throws Exception {
        var enrolled = enrolDemoList();
        String program = enrolled.program();
        configure(program, settings());
        long listId = enrolled.listId();
        var review = rows("select * from list_row where list_id = ? and outcome = 'NEEDS_REVIEW' and "
                + "reasons = array['ACCOUNT_NAME_REVIEW'] order by row_number limit 1", listId).getFirst();
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("decision", "ACCEPT", "reason", "Xác minh tại xã: tài khoản của người hưởng"))
                .post("/programs/" + program + "/beneficiary-lists/" + listId + "/rows/" + review.get("row_number") + "/review")
                .then().statusCode(200);
        var verified = rows("select * from list_row where list_id = ? and outcome = 'VERIFIED' and review_decision is null "
                + "and cardinality(reasons) = 0 order by row_number limit 2", listId);
        var second = new SecondList().add(review, row -> row)
                .add(verified.get(0), row -> { row.put("so_tai_khoan", "12AB34"); return row; })
                .add(verified.get(1), row -> row);
        long secondList = given().auth().oauth2(officer()).multiPart("file", second.write("thang-sau.csv").toFile())
                .post("/programs/" + program + "/beneficiary-lists").then().statusCode(202).extract().jsonPath().getLong("id");
        awaitList(program, secondList);

        long underReview = idOf(program, review.get("cccd"));
        long rejectedAccount = idOf(program, verified.get(0).get("cccd"));
        long deceased = insertBeneficiary(program, listId, registryPerson(LifeStatus.DECEASED));
        long unknown = insertBeneficiary(program, listId, unknownToRegistry());
        long suspended = idOf(program, verified.get(1).get("cccd"));
        execute("update beneficiary set status = 'SUSPENDED' where id = ?", suspended);
        return new Planted(program, underReview, rejectedAccount, deceased, unknown, suspended);
    }

    private static long idOf(String program, Object cccd) throws Exception {
        return (Long) rows("select id from beneficiary where program_code = ? and cccd = ?", program, cccd).getFirst().get("id");
    }

    /** A well-formed CCCD of the demo province that the registry has never heard of. */
    private static String unknownToRegistry() {
        var world = SandboxTestResource.sandbox().world();
        for (long n = 1; ; n++) {
            String cccd = "079099" + String.format("%06d", n);
            if (world.person(cccd).isEmpty()) return cccd;
        }
    }

    private static String registryPerson(LifeStatus status) {
        return SandboxTestResource.sandbox().world().people().stream().filter(person -> person.status() == status)
                .findFirst().orElseThrow().cccd();
    }

    /** A beneficiary enrolled earlier with a current account, as if by an older list. */
    static long insertBeneficiary(String program, long listId, String cccd) throws Exception {
        long id = (Long) rows("insert into beneficiary (program_code, cccd, full_name, date_of_birth, gender, "
                + "benefit_amount_vnd, source_list_id, commune_code) values (?, ?, 'Nguyễn Văn Thử', date '1950-01-01', 'M', "
                + "1500000, ?, '26734') returning id", program, cccd, listId).getFirst().get("id");
        execute("insert into beneficiary_account (beneficiary_id, cccd, bank_bin, account_number, holder_name, "
                + "name_score_bp, valid_from, source_list_id) values (?, ?, '970436', ?, 'NGUYEN VAN THU', 10000, now(), ?)",
                id, cccd, "99" + cccd, listId);
        return id;
    }
}
