package vn.ansinh.merchant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.rails.bank.HttpBankRails;
import vn.ansinh.rails.dispatch.DispatchConfig;
import vn.ansinh.rails.dispatch.OutboxDispatcher;
import vn.ansinh.rails.id.EndToEndId;

/** Reads a settlement's payouts through the API and drives the dispatcher (off in tests) until they are final. */
final class SettlementRails {

    private static final long IDLE_PAUSE_MS = 50;

    private SettlementRails() {
    }

    /** Every payout of the date by merchant id, all pages read. */
    static Map<Long, JsonPath> payouts(LocalDate day) {
        Map<Long, JsonPath> byMerchant = new HashMap<>();
        long after = 0;
        do {
            JsonPath page = page(day, after);
            int size = page.getList("payouts").size();
            for (int i = 0; i < size; i++) {
                byMerchant.put(page.getLong("payouts[" + i + "].merchantId"),
                        new JsonPath(page.prettify()).setRootPath("payouts[" + i + "]"));
            }
            after = page.getLong("nextAfter");
        } while (after != 0);
        return byMerchant;
    }

    static JsonPath page(LocalDate day, long after) {
        return given().auth().oauth2(MerchantWorld.officer()).queryParam("after", after).queryParam("limit", 1000)
                .get("/merchant/settlements/" + day + "/payments").then().statusCode(200).extract().jsonPath();
    }

    /** Checks one merchant's payout: paid with a valid end-to-end id exactly when the payable is positive. */
    static void assertPaidExactlyThePayable(JsonPath payout, long expectedPayable) {
        assertEquals(expectedPayable, payout.getLong("payableVnd"), payout.prettify());
        if (expectedPayable > 0) {
            assertEquals("PAYMENT_ISSUED", payout.getString("outcome"));
            assertTrue(EndToEndId.parse(payout.getString("endToEndId")).isPresent(), payout.prettify());
        } else {
            assertEquals(expectedPayable == 0 ? "NOTHING_DUE" : "CARRIED_FORWARD", payout.getString("outcome"));
            assertNull(payout.get("endToEndId"), payout.prettify());
        }
    }

    /** Turns a dispatcher of its own until every issued payment of the date is SETTLED. */
    static void settleAll(LocalDate day, Pool pool, Vertx vertx, AuditLog audit, DispatchConfig config, Duration deadline) {
        var rails = new HttpBankRails(vertx, config.bank());
        try {
            var dispatcher = new OutboxDispatcher(pool, rails, audit, config, "merchant-test");
            long end = System.nanoTime() + deadline.toNanos();
            while (!allSettled(day)) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("settlement payments of " + day + " not settled within " + deadline
                            + ": " + page(day, 0).getMap("paymentsByState"));
                }
                if (dispatcher.turn() == 0) {
                    pause();
                }
            }
        } finally {
            rails.close();
        }
    }

    private static boolean allSettled(LocalDate day) {
        JsonPath page = page(day, 0);
        Map<String, Object> byState = page.getMap("paymentsByState");
        return byState.keySet().stream().allMatch("SETTLED"::equals)
                && page.getLong("batch.payouts.paymentsCount") == (byState.isEmpty() ? 0
                        : page.getLong("paymentsByState.SETTLED.count"));
    }

    private static void pause() {
        try {
            Thread.sleep(IDLE_PAUSE_MS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
