package vn.ansinh.merchant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.merchant.card.AcquirerHost;
import vn.ansinh.testing.AdminDatabase;

/**
 * Two merchants take money by card over a real TCP socket to the acquirer host and by VietQR through the switch's
 * notification API; a cutover settles them to the đồng and pays each net on the instant rail, and the switch's
 * clearing file with one injected difference yields exactly one break.
 */
@QuarkusTest
class MerchantEndToEndTest {

    @Inject AcquirerHost host;
    @Inject io.vertx.mutiny.sqlclient.Pool pool;
    @Inject io.vertx.mutiny.core.Vertx vertx;
    @Inject vn.ansinh.audit.AuditLog audit;
    @Inject vn.ansinh.rails.dispatch.DispatchConfig dispatchConfig;

    /** Proves gross, reversals, refunds, MDR fee, net and its payment per merchant, and the switch reconciliation, end to end. */
    @Test
    void cardAndQrMoneySettlesToTheDongAndReconcilesWithTheSwitch() throws Exception {
        long grocer = MerchantWorld.onboard("Tạp hoá Bà Tư", 0, Map.of("rateBp", 100, "fixedVnd", 1000, "capVnd", 5000));
        long pharmacy = MerchantWorld.onboard("Nhà thuốc Minh Châu", 1, Map.of("rateBp", 50, "fixedVnd", 0));
        String till = MerchantWorld.terminalId(), counter = MerchantWorld.terminalId(), pharmacyTill = MerchantWorld.terminalId();
        MerchantWorld.addTerminal(grocer, till);
        MerchantWorld.addTerminal(grocer, counter);
        MerchantWorld.addTerminal(pharmacy, pharmacyTill);
        String grocerQr = MerchantWorld.issueQr(grocer, Map.of("purpose", "Mua hàng tạp hoá")).getString("reference");
        String pharmacyQr = MerchantWorld.issueQr(pharmacy, Map.of("terminalId", pharmacyTill)).getString("reference");
        long closed = MerchantWorld.onboard("Quán đã đóng cửa", 2, Map.of("rateBp", 100, "fixedVnd", 0));
        String closedTill = MerchantWorld.terminalId();
        MerchantWorld.addTerminal(closed, closedTill);
        given().auth().oauth2(MerchantWorld.admin()).contentType("application/json")
                .body(Map.of("status", "SUSPENDED", "reason", "closed by the owner"))
                .post("/merchant/merchants/" + closed + "/status").then().statusCode(200);
        LocalDate day = MerchantWorld.startFreshBusinessDate();
        try (var suspended = new TerminalClient(host.port().orElseThrow(), closedTill, 300)) {
            assertEquals("0210/58", suspended.exchange(suspended.purchase(10_000, "1122070000")),
                    "a suspended merchant's terminal is not permitted");
        }

        driveTerminals(host.port().orElseThrow(), till, counter, pharmacyTill);
        driveQrSwitch(grocerQr, pharmacyQr, day);

        given().auth().oauth2(MerchantWorld.admin()).contentType("application/json")
                .body(Map.of("businessDate", day.toString())).post("/merchant/cutovers").then().statusCode(201);
        // Grocer: sales 150,000 + 80,000 + 1,234,567 + QR 200,000; the 80,000 reversed the same day (no fee);
        // fees 1% + 1,000 capped at 5,000: 2,500 + 5,000 + 3,000.
        assertLine(day, grocer, 4, 1_664_567, 80_000, 0, 10_500, 1_574_067);
        // Pharmacy: 99,999 by card (fee 499.995 → 500, half up) and QR 50,000 (fee 250), 20,000 refunded.
        assertLine(day, pharmacy, 2, 149_999, 0, 20_000, 750, 129_249);
        assertReports(day, grocer);
        var payouts = SettlementRails.payouts(day);
        assertEquals(java.util.Set.of(grocer, pharmacy), payouts.keySet(), "one payout per merchant with a line");
        SettlementRails.assertPaidExactlyThePayable(payouts.get(grocer), 1_574_067);
        SettlementRails.assertPaidExactlyThePayable(payouts.get(pharmacy), 129_249);
        SettlementRails.settleAll(day, pool, vertx, audit, dispatchConfig, java.time.Duration.ofSeconds(45));

        String clearing = String.join("\n", "business_date,terminal_id,count,amount_vnd,reversal_count,reversal_amount_vnd",
                day + "," + till + ",2,230000,1,80000", day + "," + counter + ",1,1234567,0,0",
                day + "," + pharmacyTill + ",1,99990,0,0") + "\n";
        JsonPath received = given().auth().oauth2(MerchantWorld.theSwitch()).contentType("text/csv").body(clearing)
                .post("/merchant/clearing-files").then().statusCode(200).extract().jsonPath();
        assertEquals(1, received.getInt("dates[0].breaks"), received.prettify());
        JsonPath breaks = given().auth().oauth2(MerchantWorld.officer()).get("/merchant/switch-reconciliations/" + day)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(pharmacyTill), breaks.getList("breaks.terminalId"), breaks.prettify());
        assertEquals("AMOUNT_MISMATCH", breaks.getString("breaks[0].breakClass"));
        assertEquals("CLEARING_FILE", breaks.getString("breaks[0].source"));
        assertEquals(99_999L, breaks.getLong("breaks[0].ours.amountVnd"));
        assertFullPanNeverStored();
    }

    private static void driveTerminals(int port, String till, String counter, String pharmacyTill) throws Exception {
        try (var terminal = new TerminalClient(port, till, 0)) {
            assertEquals("0810/00", terminal.signOn("1122080000"));
            var first = terminal.purchase(150_000, "1122080101");
            assertEquals("0210/00", terminal.exchange(first));
            assertEquals("0210/94", terminal.exchange(first), "a duplicate 0200 is answered 94 and not booked again");
            var second = terminal.purchase(80_000, "1122080202");
            assertEquals("0210/00", terminal.exchange(second));
            assertEquals("0410/00", terminal.exchange(terminal.reversalOf(second, "1122080303")));
            assertEquals("0510/00", terminal.exchange(terminal.batchTotals(1, 150_000, "1122080404")));
        }
        try (var terminal = new TerminalClient(port, counter, 100)) {
            assertEquals("0210/00", terminal.exchange(terminal.purchase(1_234_567, "1122090000")));
        }
        try (var terminal = new TerminalClient(port, pharmacyTill, 200)) {
            assertEquals("0210/00", terminal.exchange(terminal.purchase(99_999, "1122091000")));
        }
        try (var stranger = new TerminalClient(port, MerchantWorld.terminalId(), 400)) {
            assertEquals("0210/58", stranger.exchange(stranger.purchase(10_000, "1122092000")),
                    "a terminal we never onboarded is not permitted");
        }
    }

    private static void driveQrSwitch(String grocerQr, String pharmacyQr, LocalDate day) {
        String grocerPayment = "NAPAS-" + grocerQr, pharmacyPayment = "NAPAS-" + pharmacyQr;
        var paid = Map.of("transactionId", grocerPayment, "amountVnd", 200_000, "reference", grocerQr,
                "time", "2026-11-22T15:00:00+07:00", "payerBank", "970415");
        given().auth().oauth2(vn.ansinh.testing.Tokens.as("another-bank", vn.ansinh.access.Roles.BANK))
                .contentType("application/json").body(paid).post("/merchant/qr-notifications")
                .then().statusCode(403);
        JsonPath first = notify(paid, 200);
        assertEquals(day.toString(), first.getString("businessDate"));
        assertEquals(first.prettify(), notify(paid, 200).prettify(), "the same notification gets the same answer");
        notify(Map.of("transactionId", grocerPayment, "amountVnd", 210_000, "reference", grocerQr,
                "time", "2026-11-22T15:00:00+07:00", "payerBank", "970415"), 409);
        notify(Map.of("transactionId", pharmacyPayment, "amountVnd", 50_000, "reference", pharmacyQr,
                "time", "2026-11-22T15:05:00+07:00", "payerBank", "970418"), 200);
        var refund = Map.of("refundId", "R-" + pharmacyPayment, "amountVnd", 20_000);
        JsonPath refunded = refund(pharmacyPayment, refund, 200);
        assertEquals(20_000L, refunded.getLong("refundedVnd"));
        assertEquals(refunded.prettify(), refund(pharmacyPayment, refund, 200).prettify());
        refund(pharmacyPayment, Map.of("refundId", "R2-" + pharmacyPayment, "amountVnd", 30_001), 409);
    }

    private static JsonPath notify(Map<String, ?> body, int status) {
        return given().auth().oauth2(MerchantWorld.theSwitch()).contentType("application/json").body(body)
                .post("/merchant/qr-notifications").then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath refund(String transactionId, Map<String, ?> body, int status) {
        return given().auth().oauth2(MerchantWorld.theSwitch()).contentType("application/json").body(body)
                .post("/merchant/qr-notifications/" + transactionId + "/refunds").then().statusCode(status)
                .extract().jsonPath();
    }

    private static void assertLine(LocalDate day, long merchant, long sales, long gross, long reversals, long refunds,
                                   long fee, long net) {
        JsonPath page = given().auth().oauth2(MerchantWorld.officer()).queryParam("after", merchant - 1).queryParam("limit", 1)
                .get("/merchant/settlements/" + day).then().statusCode(200).extract().jsonPath();
        assertEquals("PAYMENTS_ISSUED", page.getString("batch.status"));
        assertEquals(merchant, page.getLong("lines[0].merchantId"));
        assertEquals(List.of(sales, gross, reversals, refunds, fee, net), List.of(page.getLong("lines[0].totals.saleCount"),
                page.getLong("lines[0].totals.grossVnd"), page.getLong("lines[0].totals.reversalsVnd"),
                page.getLong("lines[0].totals.refundsVnd"), page.getLong("lines[0].totals.feeVnd"),
                page.getLong("lines[0].totals.netVnd")), page.prettify());
    }

    private static void assertReports(LocalDate day, long merchant) {
        String csv = given().auth().oauth2(MerchantWorld.officer())
                .get("/merchant/settlements/" + day + "/" + merchant + ".csv").then().statusCode(200).extract().asString();
        List<String> rows = csv.lines().toList();
        assertEquals(1 + 5 + 1, rows.size(), csv);
        assertEquals("TOTAL," + day + "," + merchant + ",,,,,,,,1664567,10500,1574067", rows.getLast());
        assertTrue(csv.contains("411111******1111"), "cards appear as BIN and last four");
        byte[] pdf = given().auth().oauth2(MerchantWorld.officer())
                .get("/merchant/settlements/" + day + "/" + merchant + ".pdf").then().statusCode(200).extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try {
            // Kept for a person to look at: target/merchant-settlement-sample.pdf.
            java.nio.file.Files.write(java.nio.file.Path.of("target", "merchant-settlement-sample.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertFullPanNeverStored() throws Exception {
        try (var db = AdminDatabase.connectAsEngine(); var query = db.prepareStatement(
                "select count(*) from card_transaction t where t::text like '%" + TerminalClient.CARD + "%'");
             var rows = query.executeQuery()) {
            rows.next();
            assertEquals(0, rows.getLong(1), "a full card number was stored");
        }
    }
}
