package vn.ansinh.rails.status;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.dispatch.PayoutRuns;
import vn.ansinh.testing.Tokens;

/** The status API over a released run that no bank has seen yet. */
@QuarkusTest
class PaymentStatusApiTest {

    @Test
    void pagesARunsPaymentsInLineOrderWithAccountsMasked() {
        // Proves that a run's payments come a page at a time in line order, that the cursor leads to the next page,
        // that a state filter applies, and that account numbers never leave the API unmasked.
        PayoutRuns.Released run = PayoutRuns.instant(5, 200_000);

        JsonPath first = page(run.id(), "?limit=2");
        assertEquals(List.of(1, 2), first.getList("payments.lineNo"));
        assertEquals(2, first.getInt("nextAfter"));
        JsonPath second = page(run.id(), "?limit=2&after=2");
        assertEquals(List.of(3, 4), second.getList("payments.lineNo"));
        assertEquals(List.of("CREATED", "CREATED"), second.getList("payments.state"));
        assertEquals(List.of(), page(run.id(), "?state=SETTLED").getList("payments"));
        String masked = first.getString("payments[0].creditorAccountMasked");
        assertTrue(masked.contains("*"));
        assertFalse(masked.equals(run.firstCreditorAccount()));
    }

    @Test
    void moneyOfARunNoBankHasSeenIsAllPending() {
        // Proves that before dispatch the whole run total is pending and the books balance.
        PayoutRuns.Released run = PayoutRuns.instant(3, 150_000);

        JsonPath money = given().auth().oauth2(Tokens.forRole("approver")).get("/runs/" + run.id() + "/money")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(run.totalVnd(), money.getLong("pendingVnd"));
        assertEquals(run.totalVnd(), money.getLong("runTotalVnd"));
        assertEquals(3, money.getInt("byState.CREATED.payments"));
        assertTrue(money.getBoolean("balanced"));
    }

    @Test
    void refusesUnknownRunsPaymentsAndStates() {
        // Proves that unknown runs and ids answer 404 and a bad state or page size answers 400, as problem+json.
        String token = Tokens.forRole("auditor");
        given().auth().oauth2(token).get("/runs/999999999/money").then().statusCode(404);
        given().auth().oauth2(token).get("/runs/999999999/payments").then().statusCode(404);
        given().auth().oauth2(token).get("/payments/ASRNOSUCHPAYMENT").then().statusCode(404);
        given().auth().oauth2(token).get("/runs/1/payments?state=PAID").then().statusCode(400);
        given().auth().oauth2(token).get("/runs/1/payments?limit=0").then().statusCode(400);
    }

    private static JsonPath page(long runId, String query) {
        return given().auth().oauth2(Tokens.forRole("officer")).get("/runs/" + runId + "/payments" + query)
                .then().statusCode(200).extract().jsonPath();
    }
}
