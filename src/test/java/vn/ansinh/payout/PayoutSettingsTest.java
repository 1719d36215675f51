package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ansinh.payout.PayoutFixtures.admin;
import static vn.ansinh.payout.PayoutFixtures.audited;
import static vn.ansinh.payout.PayoutFixtures.configure;
import static vn.ansinh.payout.PayoutFixtures.enrolDemoList;
import static vn.ansinh.payout.PayoutFixtures.execute;
import static vn.ansinh.payout.PayoutFixtures.officer;
import static vn.ansinh.payout.PayoutFixtures.settings;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.TestPrograms;

/** A program's payout settings: set by an admin, audited, strict about money, and required before any run. */
@QuarkusTest
class PayoutSettingsTest {

    /** Proves that an admin's settings are stored as given, read back by officers, and audited with before and after. */
    @Test
    void settingsAreStoredReadBackAndAudited() throws Exception {
        String program = TestPrograms.create();
        var settings = settings();
        settings.put("rail", "INSTANT");
        settings.put("approvalSecondAboveVnd", 500_000_000L);
        settings.put("benefitRule", Map.of("kind", "BASE_COEFFICIENT", "baseVnd", 2_055_000,
                "coefficientsPermille", Map.of("A", 1000, "B", 1500)));
        configure(program, settings);
        given().auth().oauth2(officer()).get("/programs/" + program + "/payout-settings").then().statusCode(200)
                .body("rail", equalTo("INSTANT")).body("fundingBin", equalTo("970436"))
                .body("benefitRule.kind", equalTo("BASE_COEFFICIENT")).body("benefitRule.coefficientsPermille.B", equalTo(1500))
                .body("approvalSecondAboveVnd", equalTo(500_000_000));
        assertEquals(1, audited("PROGRAM_PAYOUT_SETTINGS_CHANGED", "program:" + program));
    }

    /** Proves that fractional money, unknown banks and out-of-range coefficients are refused together, naming each field. */
    @Test
    void invalidSettingsAreRefusedFieldByField() throws Exception {
        String program = TestPrograms.create();
        var settings = settings();
        settings.put("fundingBin", "123456");
        settings.put("budgetPerPeriodVnd", 1.5);
        settings.put("benefitRule", Map.of("kind", "BASE_COEFFICIENT", "baseVnd", 2_055_000,
                "coefficientsPermille", Map.of("A", 0)));
        given().auth().oauth2(admin()).contentType("application/json").body(settings)
                .put("/programs/" + program + "/payout-settings").then().statusCode(400)
                .body("code", equalTo("PAYOUT_SETTINGS_INVALID"))
                .body("violations.field", hasItems("fundingBin", "budgetPerPeriodVnd", "benefitRule.coefficientsPermille.A"));
        given().auth().oauth2(officer()).get("/programs/" + program + "/payout-settings").then().statusCode(404);
    }

    /** Proves that no run is made for a program without settings. */
    @Test
    void aProgramWithoutSettingsGetsNoRun() throws Exception {
        String program = TestPrograms.create();
        given().auth().oauth2(officer()).contentType("application/json").body(Map.of("program", program, "period", "2026-01"))
                .post("/runs").then().statusCode(409).body("code", equalTo("PROGRAM_NOT_CONFIGURED"));
    }

    /** Proves that a coefficient rule that cannot price every active beneficiary refuses the run rather than guess. */
    @Test
    void aCategoryWithoutCoefficientRefusesTheRun() throws Exception {
        var enrolled = enrolDemoList();
        var settings = settings();
        settings.put("benefitRule", Map.of("kind", "BASE_COEFFICIENT", "baseVnd", 2_055_000,
                "coefficientsPermille", Map.of("A", 1000)));
        configure(enrolled.program(), settings);
        execute("update beneficiary set category = 'A' where program_code = ? and id % 2 = 0", enrolled.program());
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", enrolled.program(), "period", "2026-01"))
                .post("/runs").then().statusCode(409).body("code", equalTo("CATEGORY_WITHOUT_COEFFICIENT"));
        execute("update beneficiary set category = 'A' where program_code = ?", enrolled.program());
        var run = given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", enrolled.program(), "period", "2026-01"))
                .post("/runs").then().statusCode(201).extract().jsonPath();
        assertEquals(2_055_000L * run.getLong("lineCount"), run.getLong("totalVnd"));
    }
}
