package vn.ansinh.rails.dispatch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.fixtures.payments.AccountRule;
import vn.ansinh.fixtures.payments.BankPayments;
import vn.ansinh.fixtures.payments.LedgerReport;
import vn.ansinh.fixtures.payments.PaymentFaults;
import vn.ansinh.fixtures.payments.ReasonCode;
import vn.ansinh.fixtures.sandbox.FaultSettings;
import vn.ansinh.rails.bank.BankRails;
import vn.ansinh.rails.bank.FileStatusAnswer;
import vn.ansinh.rails.bank.FileUploadAnswer;
import vn.ansinh.rails.bank.HttpBankRails;
import vn.ansinh.rails.bank.InstantAnswer;
import vn.ansinh.rails.bank.InstantTransfer;
import vn.ansinh.rails.bank.NotificationsAnswer;
import vn.ansinh.rails.party.BankBin;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.Tokens;

/** The instant rail against the sandbox's banks over loopback HTTP, with the bank's faults switched on and off. */
@QuarkusTest
class InstantRailTest {

    static final Duration DEADLINE = Duration.ofSeconds(45);

    @Inject Pool pool;
    @Inject Vertx vertx;
    @Inject AuditLog audit;
    @Inject DispatchConfig config;

    /** Banks with fresh breakers per test, so that one test's faults never open a breaker in the next. */
    HttpBankRails rails;
    OutboxDispatcher dispatcher;

    @BeforeEach
    void dispatcher() {
        rails = new HttpBankRails(vertx, config.bank());
        dispatcher = new OutboxDispatcher(pool, rails, audit, config, "instant-test");
    }

    @AfterEach
    void calmBanks() {
        bank().setFaults(PaymentFaults.NONE);
        SandboxTestResource.sandbox().bankFaults().set(FaultSettings.NONE);
        rails.close();
    }

    /** Proves that when the bank answers, every payment is SETTLED, booked once, and the run's money balances. */
    @Test
    void everyPaymentSettlesAndIsBookedOnce() {
        PayoutFixture.Run run = PayoutFixture.release("INSTANT", PayoutFixture.payees(6), 500_000);

        Drive.until("every payment settled", DEADLINE, () -> allIn(run, "SETTLED"), dispatcher);

        for (PayoutFixture.Payment payment : run.payments()) {
            assertBookedOnceWithoutDuplicates(payment);
            assertEquals(1, PayoutFixture.handOvers(payment.id()), payment.endToEndId());
        }
        var money = given().auth().oauth2(Tokens.forRole("auditor")).get("/runs/" + run.id() + "/money")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(run.totalVnd(), money.getLong("settledVnd"));
        assertEquals(0L, money.getLong("pendingVnd"));
        assertTrue(money.getBoolean("balanced"));
        List<String> targets = given().auth().oauth2(Tokens.forRole("officer"))
                .get("/payments/" + run.payments().getFirst().endToEndId())
                .then().statusCode(200).extract().jsonPath().getList("events.to");
        assertEquals(List.of("SENT", "SETTLED"), targets);
    }

    /** Proves that a bank holding its answer past the timeout leaves payments UNKNOWN until a query settles them. */
    @Test
    void heldAnswersBecomeUnknownThenSettleByQuery() {
        bank().setFaults(PaymentFaults.NONE.withTransport(2_500, 1.0, 0.0, 0.0));
        PayoutFixture.Run run = PayoutFixture.release("INSTANT", PayoutFixture.payees(4), 610_000);

        dispatcher.turn();
        run.payments().forEach(payment -> assertEquals("UNKNOWN", PayoutFixture.state(payment.id())));
        Drive.until("every payment settled by query", DEADLINE, () -> allIn(run, "SETTLED"), dispatcher);

        for (PayoutFixture.Payment payment : run.payments()) {
            assertBookedOnceWithoutDuplicates(payment);
            assertEquals(List.of("SENT", "UNKNOWN", "SETTLED"), eventTargets(payment));
        }
    }

    /** Proves that a bank that books and then answers 500 is asked, found booked, and never booked twice. */
    @Test
    void errorAfterBookingIsFoundByQueryAndNotBookedAgain() {
        bank().setFaults(PaymentFaults.NONE.withTransport(0, 0.0, 0.0, 1.0));
        PayoutFixture.Run run = PayoutFixture.release("INSTANT", PayoutFixture.payees(5), 720_000);

        Drive.until("every payment settled by query", DEADLINE, () -> allIn(run, "SETTLED"), dispatcher);

        for (PayoutFixture.Payment payment : run.payments()) {
            assertBookedOnceWithoutDuplicates(payment);
            assertEquals(1, PayoutFixture.handOvers(payment.id()), payment.endToEndId());
        }
    }

    /** Proves that accounts the bank refuses end REJECTED with the bank's reason, and are never booked. */
    @Test
    void configuredRejectsEndRejectedWithTheirReason() {
        List<PayoutFixture.Payee> payees = PayoutFixture.payees(5);
        bank().setFaults(PaymentFaults.NONE.withAccountRules(List.of(rule(payees.get(0), ReasonCode.AC04),
                rule(payees.get(3), ReasonCode.AC04)), List.of(), List.of()));
        PayoutFixture.Run run = PayoutFixture.release("INSTANT", payees, 430_000);

        Drive.until("every payment answered", DEADLINE, () -> run.payments().stream()
                .noneMatch(payment -> PayoutFixture.state(payment.id()).matches("CREATED|SENT|UNKNOWN")), dispatcher);

        for (int line = 0; line < payees.size(); line++) {
            PayoutFixture.Payment payment = run.payments().get(line);
            boolean refused = line == 0 || line == 3;
            assertEquals(refused ? "REJECTED(AC04)" : "SETTLED", PayoutFixture.state(payment.id()));
            assertEquals(refused ? 0 : 1, bank().ledger(payment.endToEndId()).timesBooked());
        }
        var money = given().auth().oauth2(Tokens.forRole("approver")).get("/runs/" + run.id() + "/money")
                .then().statusCode(200).extract().jsonPath();
        long rejected = run.payments().get(0).amountVnd() + run.payments().get(3).amountVnd();
        assertEquals(rejected, money.getLong("rejectedVnd"));
        assertEquals(run.totalVnd() - rejected, money.getLong("settledVnd"));
        assertTrue(money.getBoolean("balanced"));
    }

    /** Proves that an id the bank never received is sent again under the same id and booked once. */
    @Test
    void neverReceivedIsSentAgainUnderTheSameId() {
        PayoutFixture.Run run = PayoutFixture.release("INSTANT", PayoutFixture.payees(3), 380_000);
        SandboxTestResource.sandbox().bankFaults().set(FaultSettings.NONE.withDown(true));
        dispatcher.turn();
        run.payments().forEach(payment -> assertEquals("UNKNOWN", PayoutFixture.state(payment.id())));
        SandboxTestResource.sandbox().bankFaults().set(FaultSettings.NONE);

        Drive.until("every payment settled after a second hand-over", DEADLINE, () -> allIn(run, "SETTLED"),
                dispatcher);

        for (PayoutFixture.Payment payment : run.payments()) {
            assertBookedOnceWithoutDuplicates(payment);
            assertEquals(2, PayoutFixture.handOvers(payment.id()), payment.endToEndId());
            assertEquals(List.of("SENT", "UNKNOWN", "CREATED", "SENT", "SETTLED"), eventTargets(payment));
        }
    }

    /**
     * Proves that an engine that dies after its call and before recording the answer is repaired by the lease
     * expiring: the payment is asked about by its end-to-end id, never sent again, and booked once.
     */
    @Test
    void crashBetweenCallAndRecordIsRepairedByTheLease() {
        PayoutFixture.Run run = PayoutFixture.release("INSTANT", PayoutFixture.payees(3), 290_000);
        new OutboxDispatcher(pool, new DiesAfterSending(rails), audit, config, "doomed").turn();
        run.payments().forEach(payment -> assertEquals("SENT", PayoutFixture.state(payment.id())));

        Drive.until("every payment settled after the lease expired", DEADLINE, () -> allIn(run, "SETTLED"),
                dispatcher);

        for (PayoutFixture.Payment payment : run.payments()) {
            assertBookedOnceWithoutDuplicates(payment);
            assertEquals(1, PayoutFixture.handOvers(payment.id()), payment.endToEndId());
            assertEquals(List.of("SENT", "UNKNOWN", "SETTLED"), eventTargets(payment));
        }
    }

    static boolean allIn(PayoutFixture.Run run, String state) {
        return run.payments().stream().allMatch(payment -> PayoutFixture.state(payment.id()).equals(state));
    }

    static void assertBookedOnceWithoutDuplicates(PayoutFixture.Payment payment) {
        LedgerReport ledger = bank().ledger(payment.endToEndId());
        assertEquals(1, ledger.timesBooked(), payment.endToEndId() + " booked");
        assertEquals(0, ledger.banks().getFirst().duplicatesRefused(), payment.endToEndId() + " sent twice");
    }

    static List<String> eventTargets(PayoutFixture.Payment payment) {
        return given().auth().oauth2(Tokens.forRole("auditor")).get("/payments/" + payment.endToEndId())
                .then().statusCode(200).extract().jsonPath().getList("events.to");
    }

    static AccountRule rule(PayoutFixture.Payee payee, ReasonCode reason) {
        return new AccountRule(payee.bin(), payee.account(), reason, 0);
    }

    static BankPayments bank() {
        return SandboxTestResource.sandbox().bankPayments();
    }

    /** The real banks, but the engine dies right after each send reaches the bank, before it can record anything. */
    record DiesAfterSending(BankRails banks) implements BankRails {
        @Override
        public Uni<InstantAnswer> sendInstant(BankBin payingBank, InstantTransfer transfer) {
            return banks.sendInstant(payingBank, transfer).chain(answer ->
                    Uni.createFrom().failure(new IllegalStateException("the engine died after the call")));
        }

        @Override
        public Uni<InstantAnswer> queryInstant(BankBin payingBank, String endToEndId) {
            return banks.queryInstant(payingBank, endToEndId);
        }

        @Override
        public Uni<FileUploadAnswer> uploadFile(BankBin payingBank, Path file, long bytes) {
            return banks.uploadFile(payingBank, file, bytes);
        }

        @Override
        public Uni<FileStatusAnswer> fileStatus(BankBin payingBank, String fileRef, Path target) {
            return banks.fileStatus(payingBank, fileRef, target);
        }

        @Override
        public Uni<NotificationsAnswer> notifications(BankBin payingBank, long afterSequence, Path target) {
            return banks.notifications(payingBank, afterSequence, target);
        }
    }
}
