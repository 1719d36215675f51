package vn.ansinh.console.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.access.Roles;
import vn.ansinh.identity.Masking;
import vn.ansinh.recon.ReconWorld;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.TestPrograms;
import vn.ansinh.testing.Tokens;

/** The console's pages over plain HTTP: sign-in and its cookie, language, refusals, masking and the audited reveal. */
@QuarkusTest
class ConsolePagesTest {

    /** Proves that a visitor without a session is sent to the sign-in page, which speaks Vietnamese by default. */
    @Test
    void anonymousIsSentToSignInInVietnamese() {
        given().redirects().follow(false).get("/console").then().statusCode(303)
                .header("Location", containsString("/console/login"));
        given().get("/console/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Đăng nhập")).body(containsString("lang=\"vi\""));
        given().get("/console/login?lang=en").then().statusCode(200).body(containsString("Sign in"))
                .body(containsString("lang=\"en\""));
    }

    /** Proves that signing in sets the API's token in an HttpOnly, SameSite=Strict cookie sent only to /console. */
    @Test
    void signInSetsAStrictHttpOnlyConsoleCookie() {
        var person = ConsoleUsers.create("officer", Roles.OFFICER);
        var response = given().redirects().follow(false).header("Origin", ConsoleUsers.origin())
                .contentType("application/x-www-form-urlencoded").formParam("username", person.username())
                .formParam("password", person.password()).post("/console/login");
        assertEquals(303, response.statusCode());
        String cookie = response.getHeader("Set-Cookie");
        assertTrue(cookie.startsWith("ansinh_console=ey"), cookie);
        for (String attribute : new String[] {"Path=/console", "HttpOnly", "SameSite=Strict"}) {
            assertTrue(cookie.contains(attribute), attribute + " in " + cookie);
        }
        assertFalse(cookie.contains("Secure"), "plain http in tests, so no Secure: " + cookie);
        given().cookie("ansinh_console", response.getCookie("ansinh_console")).get("/console").then().statusCode(200)
                .body(containsString("Tổng quan")).body(containsString(person.username()));
    }

    /** Proves that a wrong password is refused with the error next to the password field, and no cookie. */
    @Test
    void wrongPasswordShowsTheErrorNextToTheField() {
        var person = ConsoleUsers.create("officer", Roles.OFFICER);
        var response = given().redirects().follow(false).header("Origin", ConsoleUsers.origin())
                .contentType("application/x-www-form-urlencoded").formParam("username", person.username())
                .formParam("password", "not-" + person.password()).post("/console/login");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().asString().contains("id=\"password-error\""));
        assertTrue(response.body().asString().contains("aria-describedby=\"password-error\""));
        assertEquals(null, response.getCookie("ansinh_console"));
    }

    /** Proves that the language switch sets a cookie that later pages follow, and that ?lang overrides it. */
    @Test
    void englishOnRequestAndRemembered() {
        String session = ConsoleUsers.session(ConsoleUsers.create("auditor", Roles.AUDITOR));
        String lang = given().redirects().follow(false).cookie("ansinh_console", session)
                .get("/console/language?lang=en&back=/console/audit").then().statusCode(303)
                .header("Location", containsString("/console/audit")).extract().cookie("ansinh_lang");
        assertEquals("en", lang);
        given().cookie("ansinh_console", session).cookie("ansinh_lang", lang).get("/console/audit").then()
                .statusCode(200).body(containsString("Audit log")).body(not(containsString("Nhật ký kiểm toán")));
        given().cookie("ansinh_console", session).cookie("ansinh_lang", lang).get("/console/audit?lang=vi").then()
                .body(containsString("Nhật ký kiểm toán"));
        given().redirects().follow(false).get("/console/language?lang=en&back=https://elsewhere.example/").then()
                .statusCode(303).header("Location", not(containsString("elsewhere")));
    }

    /** Proves that a console post without our own Origin (or from another site) is refused, even with a valid session. */
    @Test
    void postsFromElsewhereAreRefused() {
        String session = ConsoleUsers.session(ConsoleUsers.create("auditor", Roles.AUDITOR));
        given().cookie("ansinh_console", session).post("/console/audit/verify").then().statusCode(403)
                .body("code", equalTo("ORIGIN_REFUSED"));
        given().cookie("ansinh_console", session).header("Origin", "https://evil.example")
                .post("/console/audit/verify").then().statusCode(403).body("code", equalTo("ORIGIN_REFUSED"));
        given().cookie("ansinh_console", session).header("Origin", ConsoleUsers.origin())
                .post("/console/audit/verify").then().statusCode(200).body(containsString("head-hash"));
    }

    /** Proves that with the token read from the console's cookie, the API still takes bearer tokens and nothing else. */
    @Test
    void theApiKeepsBearerTokens() {
        var auditor = ConsoleUsers.create("auditor", Roles.AUDITOR);
        String bearer = given().contentType("application/json")
                .body(java.util.Map.of("username", auditor.username(), "password", auditor.password()))
                .post("/auth/token").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(bearer).get("/audit/verify").then().statusCode(200);
        given().get("/audit/verify").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(bearer + "x").get("/audit/verify").then().statusCode(401);
        // The same token is what the console's cookie carries; the browser sends it only to /console (Path=/console).
        given().cookie("ansinh_console", bearer).get("/console/audit").then().statusCode(200);
    }

    /** Proves that every console page renders for a role allowed on it, in both languages, and refuses one that is not. */
    @Test
    void everyPageRendersForItsRoles() {
        String auditor = ConsoleUsers.session(ConsoleUsers.create("auditor", Roles.AUDITOR));
        String officer = ConsoleUsers.session(ConsoleUsers.create("officer", Roles.OFFICER));
        for (String lang : new String[] {"vi", "en"}) {
            for (String page : new String[] {"/console", "/console/lists", "/console/runs", "/console/runs/corrections",
                    "/console/reconciliations", "/console/merchants", "/console/audit"}) {
                given().cookie("ansinh_console", auditor).queryParam("lang", lang).get(page).then().statusCode(200)
                        .contentType(containsString("text/html")).body(containsString("lang=\"" + lang + "\""));
            }
            given().cookie("ansinh_console", officer).queryParam("lang", lang).get("/console/lists").then()
                    .statusCode(200).body(containsString("id=\"upload-form\""));
        }
        given().cookie("ansinh_console", officer).get("/console/audit").then().statusCode(403);
        given().cookie("ansinh_console", officer).get("/console/merchants").then().statusCode(403);
    }

    /** Proves that a refused run request shows its error next to the period field. */
    @Test
    void aBadPeriodIsShownNextToTheField() throws Exception {
        String program = TestPrograms.create();
        String officer = ConsoleUsers.session(ConsoleUsers.create("officer", Roles.OFFICER));
        String page = given().cookie("ansinh_console", officer).header("Origin", ConsoleUsers.origin())
                .contentType("application/x-www-form-urlencoded").formParam("program", program)
                .formParam("period", "2026-13").post("/console/runs").then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"period-error\""), page);
        assertTrue(page.contains("aria-describedby=\"period-error\""), page);
    }

    /** Proves that an upload without a file, or a file already uploaded, is refused with the error next to the file field. */
    @Test
    void uploadRefusalsAreShownNextToTheFileField() throws Exception {
        String program = TestPrograms.create();
        String officer = ConsoleUsers.session(ConsoleUsers.create("officer", Roles.OFFICER));
        String empty = given().cookie("ansinh_console", officer).header("Origin", ConsoleUsers.origin())
                .multiPart("program", program).multiPart("file", "empty.csv", new byte[0])
                .post("/console/lists").then().statusCode(400).extract().asString();
        assertTrue(empty.contains("id=\"file-error\""), empty);
        assertTrue(empty.contains("aria-describedby=\"file-error\""), empty);

        ConsoleWorld.enrolledList(program);
        String again = given().cookie("ansinh_console", officer).header("Origin", ConsoleUsers.origin())
                .multiPart("program", program).multiPart("file", ConsoleWorld.demoList())
                .post("/console/lists").then().statusCode(409).extract().asString();
        assertTrue(again.contains("id=\"file-error\""), again);
        assertTrue(again.contains("already"), "the duplicate refusal says the file was already uploaded");
    }

    /** Proves that list rows show CCCD and account masked, and that a reveal shows one value and writes an audit entry. */
    @Test
    void revealShowsTheValueAndIsAudited() throws Exception {
        String program = TestPrograms.create();
        long listId = ConsoleWorld.enrolledList(program);
        var stored = ConsoleWorld.rows("select cccd, account_number, row_number from list_row where list_id = ? order by row_number limit 1", listId)
                .getFirst();
        String cccd = (String) stored.get(0);
        long row = ((Number) stored.get(2)).longValue();
        var officer = ConsoleUsers.create("officer", Roles.OFFICER);
        String session = ConsoleUsers.session(officer);
        String page = given().cookie("ansinh_console", session).get("/console/lists/" + listId).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains(Masking.cccd(cccd)), "masked CCCD shown");
        assertFalse(page.contains(cccd), "full CCCD never on the page by default");
        assertTrue(page.contains("id=\"next-rows\""), "a 500-row list is read a page at a time");
        String second = given().cookie("ansinh_console", session).get("/console/lists/" + listId + "?after=" + row)
                .then().statusCode(200).extract().asString();
        assertFalse(second.contains("id=\"row-" + row + "\""), "the next page starts after the row asked for");
        assertTrue(second.contains("id=\"row-" + (row + 1) + "\"") || second.contains("id=\"row-" + (row + 2) + "\""));

        String revealed = given().cookie("ansinh_console", session).header("Origin", ConsoleUsers.origin())
                .post("/console/reveal/list/" + listId + "/" + row + "/cccd").then().statusCode(200).extract().asString();
        assertTrue(revealed.contains(cccd), revealed);
        var audited = ConsoleWorld.rows("select actor, payload::text from audit_entry where action = 'PII_REVEALED' "
                + "and subject = ?", "list:" + listId + ":row:" + row);
        assertEquals(1, audited.size());
        assertEquals(officer.username(), audited.getFirst().get(0));
        assertFalse(((String) audited.getFirst().get(1)).contains(cccd), "the audit entry keeps only the masked value");

        var approver = ConsoleUsers.session(ConsoleUsers.create("approver", Roles.APPROVER));
        given().cookie("ansinh_console", approver).header("Origin", ConsoleUsers.origin())
                .post("/console/reveal/list/" + listId + "/" + row + "/cccd").then().statusCode(403);
    }

    /**
     * Proves that from the reconciliation page an auditor confirms a proposal, unmatches, matches by hand and notes,
     * each kept by the domain and audited under the auditor's name; that a missing reason is shown next to its field
     * and changes nothing; and that an officer may note but not confirm.
     */
    @Test
    void reconciliationResolveActionsReachTheDomain() throws Exception {
        var world = ReconWorld.create();
        var creditors = ReconWorld.creditors(2);
        var good = world.payment(creditors.get(0), 710_000, "ACCEPTED", ReconWorld.sentToday());
        world.book(good, good.amountVnd());
        // The bank books the second payment under another end-to-end id, so the matcher can only propose it.
        var renamed = world.payment(creditors.get(1), 720_000, "ACCEPTED", ReconWorld.sentToday());
        world.book(new ReconWorld.TestPayment(0, "RCX" + ReconWorld.digits(17), 720_000, creditors.get(1)), 720_000);
        long id = reconciled(world);
        String line = given().auth().oauth2(api()).get("/reconciliations/" + id + "/proposals").then().statusCode(200)
                .extract().jsonPath().getString("[0].line");
        String page = "/console/reconciliations/" + id;
        var auditor = ConsoleUsers.create("auditor", Roles.AUDITOR);
        String session = ConsoleUsers.session(auditor);
        String officer = ConsoleUsers.session(ConsoleUsers.create("officer", Roles.OFFICER));
        given().cookie("ansinh_console", session).get(page).then().statusCode(200)
                .body(containsString("action=\"" + page + "/proposals/" + line + "/confirm\""));

        post(officer, page + "/proposals/" + line + "/confirm", Map.of()).statusCode(403);
        post(session, page + "/proposals/" + line + "/confirm", Map.of("note", "Bank advice 0417 names it.")).statusCode(303);
        assertTrue(matchedLines(id).contains(line), "the confirmed proposal is a match");
        assertEquals(List.of(List.of("Bank advice 0417 names it.")), ConsoleWorld.rows("select text from recon_resolution "
                + "where reconciliation_id = ? and kind = 'CONFIRM_PROPOSAL'", id));
        assertAudited(auditor, "RECONCILIATION_PROPOSAL_CONFIRMED");

        String refused = post(session, page + "/matches/" + line + "/unmatch", Map.of("reason", " ")).statusCode(400)
                .extract().asString();
        assertTrue(refused.contains("aria-describedby=\"unmatch-error-" + line + "\""), refused);
        assertTrue(matchedLines(id).contains(line), "a refused unmatch leaves the match");
        post(session, page + "/matches/" + line + "/unmatch", Map.of("reason", "Confirmed by mistake.")).statusCode(303);
        assertFalse(matchedLines(id).contains(line), "the unmatched line is no longer matched");
        assertAudited(auditor, "RECONCILIATION_UNMATCHED");

        String missing = post(session, page + "/matches", Map.of("line", line, "endToEndIds", renamed.endToEndId()))
                .statusCode(400).extract().asString();
        assertTrue(missing.contains("id=\"match-why-error\"") && missing.contains("aria-describedby=\"match-why-error\""),
                missing);
        assertFalse(matchedLines(id).contains(line), "a match without a reason is not kept");
        post(session, page + "/matches", Map.of("line", line, "endToEndIds", renamed.endToEndId(), "reason",
                "Bank advice 0417: booked under its own reference.")).statusCode(303);
        assertTrue(matchedLines(id).contains(line), "the line is matched by hand");
        assertAudited(auditor, "RECONCILIATION_MATCHED_BY_HAND");

        String empty = post(officer, page + "/notes", Map.of("text", "")).statusCode(400).extract().asString();
        assertTrue(empty.contains("aria-describedby=\"note-error\""), empty);
        post(officer, page + "/notes", Map.of("text", "Asked the bank for the debit advice.")).statusCode(303);
        assertEquals(List.of(List.of("Asked the bank for the debit advice.")), ConsoleWorld.rows("select text from "
                + "recon_resolution where reconciliation_id = ? and kind = 'NOTE'", id));
        assertEquals(1, ConsoleWorld.rows("select 1 from audit_entry where subject = ? and action = "
                + "'RECONCILIATION_NOTE_ADDED'", "reconciliation:" + id).size());
    }

    private static String api() {
        return Tokens.as("auditor-api", Roles.AUDITOR);
    }

    /** Closes the sandbox day, uploads the funding account's statement and reconciles that day through the API. */
    private static long reconciled(ReconWorld world) throws Exception {
        var day = ReconWorld.today();
        SandboxTestResource.sandbox().bankPayments().advance(1);
        given().auth().oauth2(Tokens.as("officer-api", Roles.OFFICER))
                .multiPart("file", "console-resolutions.xml", world.statement(day), "application/xml")
                .post("/statements").then().statusCode(201);
        return given().auth().oauth2(api()).contentType("application/json").body(Map.of("bankBin", ReconWorld.BIN,
                "account", world.fundingAccount, "from", day.toString(), "to", day.toString()))
                .post("/reconciliations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse post(String session, String path, Map<String, String> form) {
        return given().redirects().follow(false).cookie("ansinh_console", session).header("Origin", ConsoleUsers.origin())
                .contentType("application/x-www-form-urlencoded").formParams(form).post(path).then();
    }

    private static List<String> matchedLines(long id) {
        return given().auth().oauth2(api()).get("/reconciliations/" + id + "/matches").then().statusCode(200)
                .extract().jsonPath().getList("line", String.class);
    }

    private static void assertAudited(ConsoleUsers.Person actor, String action) throws Exception {
        assertEquals(1, ConsoleWorld.rows("select 1 from audit_entry where actor = ? and action = ?", actor.username(),
                action).size(), action + " by " + actor.username());
    }
}
