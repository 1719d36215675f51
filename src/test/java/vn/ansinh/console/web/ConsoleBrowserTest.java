package vn.ansinh.console.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.ansinh.access.Roles;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.rails.bank.HttpBankRails;
import vn.ansinh.rails.dispatch.DispatchConfig;
import vn.ansinh.rails.dispatch.OutboxDispatcher;
import vn.ansinh.testing.TestPrograms;
import vn.ansinh.testing.Tokens;

/**
 * The console in a real browser (headless Chromium): the officer's upload, maker-checker, approval, release and the
 * auditor's verdict, each ending with a screenshot in target/console-screens/. One browser serves every test.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final Duration LIST_WAIT_MAX = Duration.ofSeconds(120);
    static final Duration PAYMENTS_WAIT_MAX = Duration.ofSeconds(60);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A program enrolled from the demo list through the API, paying by instant transfer from its own account. */
    record World(String program, String fundingAccount) {}

    private static Browser browser;
    private static World world;

    @TestHTTPResource("/") URL base;
    @Inject Pool pool;
    @Inject Vertx vertx;
    @Inject AuditLog audit;
    @Inject DispatchConfig dispatchConfig;

    @BeforeEach
    void browser() throws Exception {
        if (browser == null) browser = Browser.start(base.toString().replaceAll("/$", ""));
        browser.laptop();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) browser.close();
        browser = null;
    }

    /** Proves that an officer uploads a list in the browser and watches it verify live, then filters the outcomes. */
    @Test
    @Order(1)
    void officerUploadsAListAndSeesProgressAndOutcomes() throws Exception {
        String program = TestPrograms.create();
        browser.signIn(ConsoleUsers.create("officer", Roles.OFFICER));
        browser.open("/console/lists");
        new Select(browser.find("program")).selectByValue(program);
        browser.find("file").sendKeys(ConsoleWorld.demoList().getAbsolutePath());
        browser.find("upload").click();
        browser.until(driver -> driver.getCurrentUrl().matches(".*/console/lists/\\d+$"));
        long listId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));
        String firstStatus = browser.text("list-status");
        browser.driver.executeScript("window.notReloaded = true;");
        browser.screenshot("1-officer-upload-progress");
        assertNotEquals("COMPLETED", firstStatus, "a 500-row list is still being verified when its page first shows");

        browser.until(LIST_WAIT_MAX, driver -> "COMPLETED".equals(driver.findElement(By.id("list-status")).getText().strip()));
        assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.notReloaded === true;"),
                "the progress moved on the same page, by polling, not by reloading");
        assertEquals("100%", browser.text("progress-percent"));
        long verified = number(browser.text("count-verified"));
        long rejected = number(browser.text("count-rejected"));
        assertEquals(count("select count(*) from list_row where list_id = " + listId + " and outcome = 'VERIFIED'"), verified);
        assertEquals(count("select count(*) from list_row where list_id = " + listId + " and outcome = 'REJECTED'"), rejected);
        assertTrue(verified > 0 && rejected > 0, "the demo list has good and defective rows");

        new Select(browser.find("outcome")).selectByValue("REJECTED");
        browser.find("outcome").submit();
        browser.until(driver -> driver.getCurrentUrl().contains("outcome=REJECTED"));
        var badges = browser.driver.findElements(By.cssSelector("#outcomes tbody .badge"));
        assertFalse(badges.isEmpty());
        assertTrue(badges.stream().allMatch(badge -> badge.getText().strip().equals("REJECTED")));
        browser.screenshot("1-officer-upload-outcomes");
    }

    /** Proves that the maker of a run is offered no approve button, and that a forged approval post is refused. */
    @Test
    @Order(2)
    void theMakerCannotApproveTheirOwnRun() throws Exception {
        var world = world();
        browser.signIn(ConsoleUsers.create("maker", Roles.OFFICER, Roles.APPROVER));
        browser.open("/console/runs");
        new Select(browser.find("program")).selectByValue(world.program());
        browser.find("period").sendKeys("2026-01", org.openqa.selenium.Keys.ENTER);
        browser.until(driver -> driver.getCurrentUrl().matches(".*/console/runs/\\d+$"));
        long runId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));
        assertEquals("DRAFT", browser.text("run-status"));
        browser.find("submit-run").click();
        browser.until(driver -> "SUBMITTED".equals(driver.findElement(By.id("run-status")).getText().strip()));

        assertFalse(browser.present("approve-run"), "no approve button for the run's own maker");
        assertTrue(browser.present("maker-note"));
        Object answer = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/console/runs/' + arguments[0] + '/approve', {method: 'POST',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'linesSha256='})
                  .then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done('failed ' + e));""", runId);
        assertTrue(String.valueOf(answer).startsWith("403 "), String.valueOf(answer));
        assertTrue(String.valueOf(answer).contains("MAKER_CANNOT_APPROVE"), String.valueOf(answer));
        browser.driver.navigate().refresh();
        assertEquals("SUBMITTED", browser.text("run-status"));
        assertEquals(0, count("select count(*) from run_approval where run_id = " + runId));
        browser.screenshot("2-maker-cannot-approve");
    }

    /** Proves that an approver finds a submitted run in the queue and approves it, on a phone-sized screen. */
    @Test
    @Order(3)
    void anApproverApprovesFromTheQueue() throws Exception {
        long runId = submittedRun(world(), "2026-02");
        var approver = ConsoleUsers.create("approver", Roles.APPROVER);
        browser.phone();
        browser.signIn(approver);
        browser.open("/console/runs");
        browser.driver.findElement(By.cssSelector("#approval-queue a[href='/console/runs/" + runId + "']")).click();
        browser.until(driver -> driver.getCurrentUrl().endsWith("/console/runs/" + runId));
        assertTrue(browser.fitsWidth(), "the run page fits a phone's width");
        browser.find("approve-run").click();
        browser.until(driver -> "APPROVED".equals(driver.findElement(By.id("run-status")).getText().strip()));
        assertEquals(1, count("select count(*) from run_approval where run_id = " + runId + " and approver = '"
                + approver.username() + "'"));
        browser.screenshot("3-approver-approves-phone");
    }

    /** Proves that after release the run page shows its payments moving from CREATED to final states, live. */
    @Test
    @Order(4)
    void aReleaseShowsPaymentsMoving() throws Exception {
        long runId = submittedRun(world(), "2026-03");
        given().auth().oauth2(Tokens.as("approver-api", Roles.APPROVER)).contentType("application/json").body(Map.of())
                .post("/runs/" + runId + "/approve").then().statusCode(200);
        browser.signIn(ConsoleUsers.create("officer", Roles.OFFICER));
        browser.open("/console/runs/" + runId);
        browser.find("release-run").click();
        browser.until(driver -> "RELEASED".equals(driver.findElement(By.id("run-status")).getText().strip()));
        long lines = number(browser.text("line-count"));
        assertEquals(lines, number(browser.text("payments-CREATED")));
        browser.screenshot("4-release-created");
        browser.driver.executeScript("window.notReloaded = true;");

        var rails = new HttpBankRails(vertx, dispatchConfig.bank());
        try {
            var dispatcher = new OutboxDispatcher(pool, rails, audit, dispatchConfig, "console-browser-test");
            var deadline = Instant.now().plus(PAYMENTS_WAIT_MAX);
            while (count("select count(*) from payment where run_id = " + runId + " and state in ('CREATED', 'SENT')") > 0
                    && Instant.now().isBefore(deadline)) {
                if (dispatcher.turn() == 0) Thread.sleep(100);
            }
        } finally {
            rails.close();
        }
        long settled = count("select count(*) from payment where run_id = " + runId + " and state = 'SETTLED'");
        assertTrue(settled > 0, "the bank settled the run's payments");
        browser.until(driver -> !browser.present("payments-CREATED") && browser.present("payments-SETTLED")
                && number(browser.text("payments-SETTLED")) == settled);
        assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.notReloaded === true;"),
                "the payments moved on the same page, by polling");
        browser.screenshot("4-release-payments-moved");
    }

    /** Proves that an auditor opens a reconciliation's verdict, downloads its statement, and verifies the audit chain. */
    @Test
    @Order(5)
    void anAuditorOpensTheVerdictAndDownloadsTheStatement() throws Exception {
        var world = world();
        LocalDate today = LocalDate.now(VIETNAM);
        long reconciliationId = given().auth().oauth2(Tokens.as("auditor-api", Roles.AUDITOR)).contentType("application/json")
                .body(Map.of("bankBin", ConsoleWorld.FUNDING_BIN, "account", world.fundingAccount(),
                        "from", today.minusDays(1).toString(), "to", today.toString()))
                .post("/reconciliations").then().extract().jsonPath().getLong("id");
        browser.signIn(ConsoleUsers.create("auditor", Roles.AUDITOR));
        browser.open("/console/reconciliations");
        browser.find("open-reconciliation-" + reconciliationId).click();
        browser.until(driver -> driver.getCurrentUrl().endsWith("/console/reconciliations/" + reconciliationId));
        String verdict = browser.text("verdict");
        assertEquals(ConsoleWorld.rows("select verdict from reconciliation where id = ?", reconciliationId).getFirst().get(0),
                verdict);
        browser.screenshot("5-auditor-verdict");

        Path file = browser.downloads.resolve("reconciliation-" + reconciliationId + "-statement.csv");
        Files.deleteIfExists(file);
        browser.find("download-statement").click();
        browser.until(driver -> Files.exists(file) && !Files.exists(Path.of(file + ".crdownload")));
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("item,value") || csv.startsWith("\uFEFFitem,value"), csv);
        assertTrue(csv.contains(verdict), csv);
        assertTrue(csv.contains("Audit chain head (hash)"), csv);

        browser.open("/console/audit");
        browser.find("verify-chain").click();
        String head = browser.until(driver -> driver.findElement(By.id("head-hash")).getText().strip());
        assertTrue(head.matches("[0-9a-f]{64}"), head);
        assertEquals(ConsoleWorld.rows("select hash from audit_head").getFirst().get(0), head);
        browser.screenshot("5-auditor-chain");

        browser.open("/console");
        assertFalse(browser.driver.findElements(By.cssSelector("svg.chart rect")).isEmpty(), "the dashboard draws its charts");
        browser.screenshot("5-auditor-dashboard");
    }

    private static synchronized World world() throws Exception {
        if (world == null) {
            String program = TestPrograms.create();
            String funding = "8" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").concat("000000000000").substring(0, 12);
            given().auth().oauth2(Tokens.as("admin-console-test", Roles.ADMIN)).contentType("application/json")
                    .body(Map.of("fundingBin", ConsoleWorld.FUNDING_BIN, "fundingAccount", funding,
                            "fundingName", "So Lao dong TBXH TP HCM", "rail", "INSTANT",
                            "budgetPerPeriodVnd", 1_000_000_000_000L))
                    .put("/programs/" + program + "/payout-settings").then().statusCode(200);
            ConsoleWorld.enrolledList(program);
            world = new World(program, funding);
        }
        return world;
    }

    private static long submittedRun(World world, String period) {
        String officer = Tokens.as("officer-api", Roles.OFFICER);
        long runId = given().auth().oauth2(officer).contentType("application/json")
                .body(Map.of("program", world.program(), "period", period)).post("/runs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(officer).contentType("application/json").body(Map.of())
                .post("/runs/" + runId + "/submit").then().statusCode(200);
        return runId;
    }

    private static long count(String sql) throws Exception {
        return ((Number) ConsoleWorld.rows(sql).getFirst().get(0)).longValue();
    }

    private static long number(String shown) {
        String digits = shown.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
