package vn.ansinh.beneficiary.list;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.ansinh.access.Roles;
import vn.ansinh.fixtures.sandbox.FaultSettings;
import vn.ansinh.testing.AdminDatabase;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.TestPrograms;
import vn.ansinh.testing.Tokens;

/** A generated list with known defects goes through the API and the simulators and ends exactly as predicted. */
@QuarkusTest
class IntakeFlowTest {

    private static final Duration WAIT_MAX = Duration.ofSeconds(120);

    private static String officer() {
        return Tokens.as("officer-test", Roles.OFFICER);
    }

    static JsonPath upload(String program, File file) {
        return given().auth().oauth2(officer()).multiPart("file", file)
                .post("/programs/" + program + "/beneficiary-lists")
                .then().statusCode(202).extract().jsonPath();
    }

    static JsonPath progress(String program, long id) {
        return given().auth().oauth2(officer()).get("/programs/" + program + "/beneficiary-lists/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitStatus(String program, long id, String status) throws InterruptedException {
        var deadline = Instant.now().plus(WAIT_MAX);
        JsonPath list = progress(program, id);
        while (!status.equals(list.getString("status")) && Instant.now().isBefore(deadline)) {
            assertFalse("FAILED".equals(list.getString("status")), "list failed: " + list.prettify());
            Thread.sleep(200);
            list = progress(program, id);
        }
        assertEquals(status, list.getString("status"), list.prettify());
        return list;
    }

    static JsonNode manifest() throws Exception {
        return new ObjectMapper().readTree(SandboxTestResource.world().resolve("expected.json").toFile());
    }

    /** Proves that every outcome and every reason code of the demo CSV list comes out in the manifest's counts. */
    @Test
    void csvListEndsExactlyAsTheManifestSays() throws Exception {
        assertExactly(TestPrograms.create(), SandboxTestResource.world().resolve("beneficiaries.csv"));
    }

    /** Proves that the same list as XLSX is read to the same outcomes. */
    @Test
    void xlsxListEndsExactlyAsTheManifestSays() throws Exception {
        assertExactly(TestPrograms.create(), SandboxTestResource.world().resolve("beneficiaries.xlsx"));
    }

    private static void assertExactly(String program, Path file) throws Exception {
        long id = upload(program, file.toFile()).getLong("id");
        var done = awaitStatus(program, id, "COMPLETED");
        var expected = manifest();
        assertEquals(expected.get("totalRows").asLong(), done.getLong("rowsRead"));
        assertEquals(expected.get("outcomes").get("VERIFIED").asLong(), done.getLong("verified"));
        assertEquals(expected.get("outcomes").get("REJECTED").asLong(), done.getLong("rejected"));
        assertEquals(expected.get("outcomes").get("NEEDS_REVIEW").asLong(), done.getLong("needsReview"));
        assertEquals(0, done.getLong("pending"));
        var expectedReasons = new TreeMap<String, Long>();
        expected.get("reasons").properties().forEach(reason -> {
            if (reason.getValue().asLong() > 0) expectedReasons.put(reason.getKey(), reason.getValue().asLong());
        });
        Map<String, Integer> actual = done.getMap("reasons");
        var actualReasons = new TreeMap<String, Long>();
        actual.forEach((reason, count) -> actualReasons.put(reason, count.longValue()));
        assertEquals(expectedReasons, actualReasons);
        assertCloseAudited(id, expected);
    }

    /**
     * The list's close is in the audit chain with the manifest's counts, and with a digest of the enrolled rows that
     * this test computes itself from the stored rows: CCCD, bank, account and amount of each VERIFIED row, in file
     * order.
     */
    private static void assertCloseAudited(long id, JsonNode expected) throws Exception {
        var verifiedRows = new StringBuilder();
        long verified = 0;
        JsonNode facts;
        try (var db = AdminDatabase.connect()) {
            try (var q = db.prepareStatement("""
                    select cccd, bank_bin, account_number, amount_vnd from list_row
                    where list_id = ? and outcome = 'VERIFIED' order by row_number""")) {
                q.setLong(1, id);
                var rs = q.executeQuery();
                while (rs.next()) {
                    if (verified++ > 0) verifiedRows.append(',');
                    verifiedRows.append(rs.getString(1)).append(':').append(rs.getString(2)).append(':')
                            .append(rs.getString(3)).append(':').append(rs.getLong(4));
                }
            }
            try (var q = db.prepareStatement(
                    "select payload::text from audit_entry where action = 'LIST_COMPLETED' and subject = ?")) {
                q.setString(1, "list:" + id);
                var rs = q.executeQuery();
                assertTrue(rs.next(), "the close is audited");
                facts = new ObjectMapper().readTree(rs.getString(1));
                assertFalse(rs.next(), "the close is audited once");
            }
        }
        var outcomes = expected.get("outcomes");
        assertEquals(expected.get("totalRows").asLong(), facts.get("rows").asLong());
        assertEquals(outcomes.get("VERIFIED").asLong(), facts.get("verified").asLong());
        assertEquals(outcomes.get("VERIFIED").asLong(), verified);
        assertEquals(outcomes.get("REJECTED").asLong(), facts.get("rejected").asLong());
        assertEquals(outcomes.get("NEEDS_REVIEW").asLong(), facts.get("needsReview").asLong());
        assertEquals(expected.get("reasons").get("SHARED_ACCOUNT").asLong(), facts.get("sharedAccountRows").asLong());
        assertEquals(verified, facts.get("enrolled").asLong(), "a new program: every verified row a new person");
        assertEquals(verified, facts.get("newAccountVersions").asLong());
        var sha256 = MessageDigest.getInstance("SHA-256")
                .digest(verifiedRows.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(sha256), facts.get("enrolledDigest").asText());
    }

    /** Proves that the registry going down mid-list makes rows PENDING, and that they complete when it returns. */
    @Test
    void registryOutageMakesRowsPendingThenTheyComplete() throws Exception {
        String program = TestPrograms.create();
        var registry = SandboxTestResource.sandbox().registryFaults();
        // Slow enough that the list is still being read when the registry goes down, even on a busy machine.
        registry.set(new FaultSettings(300, 0.0, false));
        try {
            long id = upload(program, SandboxTestResource.world().resolve("beneficiaries.csv").toFile()).getLong("id");
            var deadline = Instant.now().plus(WAIT_MAX);
            while (progress(program, id).getLong("rowsRead") == 0 && Instant.now().isBefore(deadline)) Thread.sleep(20);
            registry.set(new FaultSettings(0, 0.0, true));
            JsonPath list = progress(program, id);
            while (list.getLong("pending") == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
                list = progress(program, id);
            }
            assertTrue(list.getLong("pending") > 0, "no row went PENDING: " + list.prettify());
            assertEquals("VERIFYING", list.getString("status"));
            registry.set(FaultSettings.NONE);
            var done = awaitStatus(program, id, "COMPLETED");
            assertEquals(0, done.getLong("pending"));
            assertEquals(manifest().get("outcomes").get("VERIFIED").asLong(), done.getLong("verified"));
        } finally {
            registry.set(FaultSettings.NONE);
        }
    }

    /** Proves that the same file for the same program is refused as a duplicate and not processed twice. */
    @Test
    void sameFileTwiceIsRefused() throws Exception {
        String program = TestPrograms.create();
        var csv = SandboxTestResource.world().resolve("beneficiaries.csv").toFile();
        long id = upload(program, csv).getLong("id");
        given().auth().oauth2(officer()).multiPart("file", csv).post("/programs/" + program + "/beneficiary-lists")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("DUPLICATE_FILE"));
        awaitStatus(program, id, "COMPLETED");
        assertEquals(1, listsOf(program));
        assertEquals(manifest().get("totalRows").asLong(), rowsOf(program));
    }

    /** Proves that file-level errors answer problem+json naming file and column, and store nothing. */
    @Test
    void fileLevelErrorsStoreNothing() throws Exception {
        String program = TestPrograms.create();
        Path dir = Files.createTempDirectory("bad-lists");
        Path empty = Files.writeString(dir.resolve("trong.csv"), "");
        Path noAmount = Files.writeString(dir.resolve("thieu-cot.csv"),
                "ho_ten,so_cccd,ngay_sinh,gioi_tinh,ma_ngan_hang,so_tai_khoan\nNguyễn Văn An,079090001234,01/02/1990,Nam,VCB,0011001932418\n");
        given().auth().oauth2(officer()).multiPart("file", empty.toFile()).post("/programs/" + program + "/beneficiary-lists")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("EMPTY_FILE"))
                .body("file", equalTo("trong.csv"));
        given().auth().oauth2(officer()).multiPart("file", noAmount.toFile()).post("/programs/" + program + "/beneficiary-lists")
                .then().statusCode(400).body("code", equalTo("MISSING_COLUMN")).body("file", equalTo("thieu-cot.csv"))
                .body("violations.field", hasItem("so_tien"));
        assertEquals(0, listsOf(program));
        assertEquals(0, rowsOf(program));
    }

    /** Proves that an officer's review of a NEEDS_REVIEW row enrols the person and is audited. */
    @Test
    void reviewAcceptEnrolsAndIsAudited() throws Exception {
        String program = TestPrograms.create();
        long id = upload(program, SandboxTestResource.world().resolve("beneficiaries.csv").toFile()).getLong("id");
        var before = awaitStatus(program, id, "COMPLETED");
        long row = given().auth().oauth2(officer()).queryParam("outcome", "NEEDS_REVIEW")
                .get("/programs/" + program + "/beneficiary-lists/" + id + "/rows")
                .then().statusCode(200).extract().jsonPath().getLong("[0].row");
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("decision", "ACCEPT", "reason", "Chủ tài khoản là con gái, đã xác minh tại xã"))
                .post("/programs/" + program + "/beneficiary-lists/" + id + "/rows/" + row + "/review")
                .then().statusCode(200).body("outcome", equalTo("VERIFIED")).body("reviewDecision", equalTo("ACCEPT"));
        var after = progress(program, id);
        assertEquals(before.getLong("verified") + 1, after.getLong("verified"));
        assertEquals(before.getLong("needsReview") - 1, after.getLong("needsReview"));
        try (var db = AdminDatabase.connect(); var q = db.prepareStatement(
                "select count(*) from audit_entry where action = 'LIST_ROW_REVIEWED' and subject = ?")) {
            q.setString(1, "list:" + id + ":row:" + row);
            var rs = q.executeQuery();
            rs.next();
            assertEquals(1, rs.getLong(1));
        }
        try (var db = AdminDatabase.connect(); var q = db.prepareStatement(
                "select count(*) from beneficiary where program_code = ?")) {
            q.setString(1, program);
            var rs = q.executeQuery();
            rs.next();
            assertEquals(before.getLong("verified") + 1, rs.getLong(1));
        }
    }

    /** Proves that the outcome report has every row and shows no CCCD unmasked. */
    @Test
    void reportIsCompleteAndMasked() throws Exception {
        String program = TestPrograms.create();
        long id = upload(program, SandboxTestResource.world().resolve("beneficiaries.csv").toFile()).getLong("id");
        awaitStatus(program, id, "COMPLETED");
        String csv = given().auth().oauth2(officer()).get("/programs/" + program + "/beneficiary-lists/" + id + "/report")
                .then().statusCode(200).extract().asString();
        assertEquals(manifest().get("totalRows").asLong() + 1, csv.strip().lines().count());
        assertFalse(csv.matches("(?s).*(?<![0-9])[0-9]{12}(?![0-9]).*"), "an unmasked 12-digit number in the report");
    }

    private static long listsOf(String program) throws Exception {
        return count("select count(*) from beneficiary_list where program_code = ?", program);
    }

    private static long rowsOf(String program) throws Exception {
        return count("select count(*) from list_row r join beneficiary_list l on l.id = r.list_id where l.program_code = ?",
                program);
    }

    private static long count(String sql, String program) throws Exception {
        try (var db = AdminDatabase.connect(); var q = db.prepareStatement(sql)) {
            q.setString(1, program);
            var rs = q.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }
}
