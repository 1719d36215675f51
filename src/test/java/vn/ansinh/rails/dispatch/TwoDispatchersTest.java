package vn.ansinh.rails.dispatch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.fixtures.payments.LedgerReport;
import vn.ansinh.fixtures.payments.PaymentFaults;
import vn.ansinh.rails.bank.HttpBankRails;
import vn.ansinh.testing.Tokens;

/** Two engines' dispatchers on one database: they share the outbox and never hand a payment over twice. */
@QuarkusTest
class TwoDispatchersTest {

    static final Duration DEADLINE = Duration.ofSeconds(90);

    @Inject Pool pool;
    @Inject Vertx vertx;
    @Inject AuditLog audit;
    @Inject DispatchConfig config;

    @AfterEach
    void calmBanks() {
        InstantRailTest.bank().setFaults(PaymentFaults.NONE);
    }

    /**
     * Proves that two independently built dispatchers, each with its own claims and its own bank client, working
     * the same outbox at once against a bank that holds and fails answers, book every payment exactly once, never
     * send an id the bank already has, and leave every run's money balanced.
     */
    @Test
    void twoDispatchersShareTheOutboxAndSendNothingTwice() throws Exception {
        long duplicatesBefore = InstantRailTest.bank().ledgerSummary().duplicatesRefused();
        InstantRailTest.bank().setFaults(PaymentFaults.NONE.withTransport(1_500, 0.2, 0.0, 0.2));
        PayoutFixture.Run instant = PayoutFixture.release("INSTANT", PayoutFixture.payees(24), 300_000);
        PayoutFixture.Run file = PayoutFixture.release("FILE", PayoutFixture.payees(8), 450_000);
        List<PayoutFixture.Payment> all = new ArrayList<>(instant.payments());
        all.addAll(file.payments());
        BooleanSupplier done = () -> all.stream().allMatch(payment -> PayoutFixture.state(payment.id())
                .equals("SETTLED"));

        // Small claims, so that both engines hold rows of the same run at the same time.
        DispatchConfig smallClaims = withRowsPerClaim(config, 3);
        HttpBankRails firstBanks = new HttpBankRails(vertx, config.bank());
        HttpBankRails secondBanks = new HttpBankRails(vertx, config.bank());
        ExecutorService engines = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = engines.submit(() -> Drive.until("all settled", DEADLINE, done,
                    new OutboxDispatcher(pool, firstBanks, audit, smallClaims, "engine-a")));
            Future<?> second = engines.submit(() -> Drive.until("all settled", DEADLINE, done,
                    new OutboxDispatcher(pool, secondBanks, audit, smallClaims, "engine-b")));
            first.get();
            second.get();
        } finally {
            engines.shutdownNow();
            firstBanks.close();
            secondBanks.close();
        }

        for (PayoutFixture.Payment payment : all) {
            LedgerReport ledger = InstantRailTest.bank().ledger(payment.endToEndId());
            assertEquals(1, ledger.timesBooked(), payment.endToEndId());
            assertEquals(0, ledger.banks().getFirst().duplicatesRefused(), payment.endToEndId() + " sent twice");
            assertTrue(PayoutFixture.handOvers(payment.id()) <= config.sendsPerPaymentMax());
        }
        assertEquals(duplicatesBefore, InstantRailTest.bank().ledgerSummary().duplicatesRefused(),
                "the bank refused a duplicate: something was sent twice");
        for (PayoutFixture.Run run : List.of(instant, file)) {
            var money = given().auth().oauth2(Tokens.forRole("auditor")).get("/runs/" + run.id() + "/money")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(run.totalVnd(), money.getLong("settledVnd"));
            assertTrue(money.getBoolean("balanced"));
        }
        assertEquals("ACKNOWLEDGED", PayoutFixture.bankFileStatus(file.id()));
        assertEquals("2", PayoutFixture.single("""
                select count(distinct e.actor)::text from payment_event e join payment p on p.id = e.payment_id
                where p.run_id = ? and e.from_state = 'CREATED' and e.to_state = 'SENT'""", instant.id()),
                "both engines handed payments over");
    }

    /** The configuration with another claim size, every other value as configured. */
    static DispatchConfig withRowsPerClaim(DispatchConfig base, int rows) {
        return (DispatchConfig) Proxy.newProxyInstance(DispatchConfig.class.getClassLoader(),
                new Class<?>[] {DispatchConfig.class}, (proxy, method, arguments) ->
                        method.getName().equals("rowsPerClaimMax") ? rows : method.invoke(base, arguments));
    }
}
