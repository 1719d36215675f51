package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.payout.PayoutFixtures.APPROVER_A;
import static vn.ansinh.payout.PayoutFixtures.approver;
import static vn.ansinh.payout.PayoutFixtures.audited;
import static vn.ansinh.payout.PayoutFixtures.createRun;
import static vn.ansinh.payout.PayoutFixtures.execute;
import static vn.ansinh.payout.PayoutFixtures.officer;
import static vn.ansinh.payout.PayoutFixtures.step;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** The commune cash list: who is on it, how it leaves the engine, and how each hand-over is confirmed. */
@QuarkusTest
class CashListTest {

    /** Proves that the cash list names exactly the people without a verified account, masked, with formula-looking text neutralised, in CSV and XLSX. */
    @Test
    void theCashListIsMaskedAndSafeInBothFormats() throws Exception {
        var planted = RunExclusionsTest.plant();
        execute("update beneficiary set full_name = '=HYPERLINK(\"http://x\")' where id = ?", planted.rejectedAccount());
        long runId = createRun(planted.program(), "2026-07").getLong("id");

        String csv = given().auth().oauth2(officer()).queryParam("format", "csv").get("/runs/" + runId + "/cash-list")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        var lines = csv.strip().lines().toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(0).contains("so_cccd"), lines.get(0));
        assertTrue(lines.get(1).contains(planted.rejectedAccount() + ","), lines.get(1));
        assertTrue(lines.get(1).contains("'=HYPERLINK"), lines.get(1));
        assertFalse(csv.matches("(?s).*(?<![0-9])[0-9]{12}(?![0-9]).*"), "an unmasked CCCD in " + csv);

        byte[] xlsx = given().auth().oauth2(officer()).queryParam("format", "xlsx").get("/runs/" + runId + "/cash-list")
                .then().statusCode(200).extract().asByteArray();
        var cells = new ArrayList<List<String>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getFirstSheet().openStream().forEach(row -> {
                var texts = new ArrayList<String>();
                row.forEach(cell -> texts.add(cell == null ? "" : cell.getText()));
                cells.add(texts);
            });
        }
        assertEquals(2, cells.size());
        assertEquals(String.valueOf(planted.rejectedAccount()), cells.get(1).get(1));
        assertTrue(cells.get(1).get(2).startsWith("'="), cells.get(1).toString());
        assertTrue(cells.get(1).get(3).contains("*"), cells.get(1).toString());

        given().auth().oauth2(officer()).queryParam("format", "pdf").get("/runs/" + runId + "/cash-list")
                .then().statusCode(400).body("code", equalTo("FORMAT_UNKNOWN"));
        given().auth().oauth2(officer()).contentType("application/json").body(Map.of("reason", "Làm lại"))
                .post("/runs/" + runId + "/cancel").then().statusCode(200);
        given().auth().oauth2(officer()).get("/runs/" + runId + "/cash-list")
                .then().statusCode(409).body("code", equalTo("RUN_NOT_PAYABLE"));
    }

    /** Proves that a cash hand-over is confirmed once, only after release, only for someone on the list, and audited. */
    @Test
    void aReceiptConfirmsACashPaymentOnceAfterRelease() throws Exception {
        var planted = RunExclusionsTest.plant();
        long runId = createRun(planted.program(), "2026-07").getLong("id");
        String path = "/runs/" + runId + "/cash-list/" + planted.rejectedAccount() + "/receipt";
        var receipt = Map.of("receiptNumber", "BN-2026/0147");

        given().auth().oauth2(officer()).contentType("application/json").body(receipt).post(path)
                .then().statusCode(409).body("code", equalTo("RUN_NOT_RELEASED"));
        step(runId, "submit", officer(), 200);
        step(runId, "approve", approver(APPROVER_A), 200);
        step(runId, "release", officer(), 200);

        given().auth().oauth2(officer()).contentType("application/json").body(Map.of("receiptNumber", " "))
                .post(path).then().statusCode(400).body("code", equalTo("RECEIPT_INVALID"));
        given().auth().oauth2(officer()).contentType("application/json").body(receipt).post(path)
                .then().statusCode(200).body("confirmed", equalTo(true));
        given().auth().oauth2(officer()).contentType("application/json").body(receipt).post(path)
                .then().statusCode(409).body("code", equalTo("CASH_ALREADY_CONFIRMED"));
        given().auth().oauth2(officer()).contentType("application/json").body(receipt)
                .post("/runs/" + runId + "/cash-list/" + planted.underReview() + "/receipt")
                .then().statusCode(404).body("code", equalTo("NOT_ON_CASH_LIST"));

        assertEquals(1, audited("CASH_PAYMENT_CONFIRMED", "run:" + runId + ":cash:" + planted.rejectedAccount()));
        given().auth().oauth2(officer()).get("/runs/" + runId).then().body("cash.confirmed", equalTo(1));
        String csv = given().auth().oauth2(officer()).get("/runs/" + runId + "/cash-list").then().extract().asString();
        assertTrue(csv.contains("BN-2026/0147"), csv);
    }
}
