package vn.ansinh.merchant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.AdminDatabase;

/**
 * Each merchant's payable becomes one payment, nothing, or a debt carried into its next batch, and every batch's
 * money balances: Σ net + Σ carried in = Σ payments + Σ carried out.
 */
@QuarkusTest
class SettlementPayoutTest {

    private static final Map<String, Object> NO_FEE = Map.of("rateBp", 0, "fixedVnd", 0);

    /** Proves a positive net is paid, a zero net is NOTHING_DUE, and a negative net is deducted from the next payment. */
    @Test
    void negativeNetIsCarriedIntoTheNextPaymentAndZeroNetPaysNothing() throws Exception {
        long shop = MerchantWorld.onboard("Cửa hàng Hoa Sen", 3, NO_FEE);
        long stall = MerchantWorld.onboard("Sạp trái cây Cô Ba", 4, NO_FEE);
        String shopQr = MerchantWorld.issueQr(shop, Map.of("purpose", "Mua hàng")).getString("reference");
        String stallQr = MerchantWorld.issueQr(stall, Map.of("purpose", "Mua hàng")).getString("reference");

        LocalDate first = MerchantWorld.startFreshBusinessDate();
        String firstSale = pay(shopQr, 100_000);
        refund(pay(stallQr, 50_000), 50_000);
        settle(first);
        var firstPayouts = SettlementRails.payouts(first);
        SettlementRails.assertPaidExactlyThePayable(firstPayouts.get(shop), 100_000);
        SettlementRails.assertPaidExactlyThePayable(firstPayouts.get(stall), 0);
        assertEquals("ZERO_NET", firstPayouts.get(stall).getString("reasonCode"));

        LocalDate second = MerchantWorld.openDate();
        refund(firstSale, 60_000);
        pay(shopQr, 10_000);
        settle(second);
        JsonPath carried = SettlementRails.payouts(second).get(shop);
        SettlementRails.assertPaidExactlyThePayable(carried, -50_000);
        assertEquals("NEGATIVE_NET_CARRIED", carried.getString("reasonCode"));

        LocalDate third = MerchantWorld.openDate();
        pay(shopQr, 80_000);
        JsonPath batch = settle(third);
        JsonPath paid = SettlementRails.payouts(third).get(shop);
        assertEquals(80_000L, paid.getLong("netVnd"));
        assertEquals(-50_000L, paid.getLong("carriedInVnd"));
        SettlementRails.assertPaidExactlyThePayable(paid, 30_000);
        assertEquals(batch.getLong("id"), SettlementRails.payouts(second).get(shop).getLong("carriedToBatch"),
                "the debt is taken in once, by the batch that deducted it");
        assertEquals(1L, batch.getLong("payouts.paymentsCount"));
        assertEquals(30_000L, batch.getLong("payouts.paymentsVnd"));
        assertEquals(-50_000L, batch.getLong("payouts.carriedInVnd"));
        assertEquals(1, auditEntries("SETTLEMENT_PAYMENTS_ISSUED", "settlement:" + third));
    }

    private static JsonPath settle(LocalDate day) {
        JsonPath batch = given().auth().oauth2(MerchantWorld.admin()).contentType("application/json")
                .body(Map.of("businessDate", day.toString())).post("/merchant/cutovers").then().statusCode(201)
                .extract().jsonPath();
        assertEquals("PAYMENTS_ISSUED", batch.getString("status"), batch.prettify());
        JsonPath again = given().auth().oauth2(MerchantWorld.admin()).contentType("application/json")
                .body(Map.of("businessDate", day.toString())).post("/merchant/cutovers").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(batch.getLong("payouts.paymentsCount"), again.getLong("payouts.paymentsCount"),
                "a second cutover of the date pays nothing more");
        return batch;
    }

    private static String pay(String reference, long amountVnd) {
        String transactionId = "NAPAS-" + UUID.randomUUID();
        given().auth().oauth2(MerchantWorld.theSwitch()).contentType("application/json")
                .body(Map.of("transactionId", transactionId, "amountVnd", amountVnd, "reference", reference,
                        "time", java.time.OffsetDateTime.now().toString(), "payerBank", "970415"))
                .post("/merchant/qr-notifications").then().statusCode(200);
        return transactionId;
    }

    private static void refund(String transactionId, long amountVnd) {
        given().auth().oauth2(MerchantWorld.theSwitch()).contentType("application/json")
                .body(Map.of("refundId", "R-" + UUID.randomUUID(), "amountVnd", amountVnd))
                .post("/merchant/qr-notifications/" + transactionId + "/refunds").then().statusCode(200);
    }

    private static long auditEntries(String action, String subject) throws Exception {
        try (var db = AdminDatabase.connectAsEngine();
             var query = db.prepareStatement("select count(*) from audit_entry where action = ? and subject = ?")) {
            query.setString(1, action);
            query.setString(2, subject);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
