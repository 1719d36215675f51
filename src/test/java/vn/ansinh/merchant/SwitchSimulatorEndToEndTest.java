package vn.ansinh.merchant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.fixtures.switching.Belief;
import vn.ansinh.fixtures.switching.CardFault;
import vn.ansinh.fixtures.switching.CardFaults;
import vn.ansinh.fixtures.switching.ClearingFault;
import vn.ansinh.fixtures.switching.ClearingReport;
import vn.ansinh.fixtures.switching.DriveConfig;
import vn.ansinh.fixtures.switching.DriveReport;
import vn.ansinh.fixtures.switching.EngineClient;
import vn.ansinh.fixtures.switching.PostOutcome;
import vn.ansinh.fixtures.switching.QrConfig;
import vn.ansinh.fixtures.switching.QrDriver;
import vn.ansinh.fixtures.switching.QrFaults;
import vn.ansinh.fixtures.switching.QrPlan;
import vn.ansinh.fixtures.switching.QrReport;
import vn.ansinh.fixtures.switching.QrSchedule;
import vn.ansinh.fixtures.switching.SwitchClearing;
import vn.ansinh.fixtures.switching.SwitchDrive;
import vn.ansinh.fixtures.switching.TerminalIdentity;
import vn.ansinh.fixtures.switching.TransactionRecord;
import vn.ansinh.iso8583.LengthHeader;
import vn.ansinh.merchant.card.AcquirerHost;
import vn.ansinh.rails.dispatch.DispatchConfig;
import vn.ansinh.testing.AdminDatabase;

/**
 * The switch simulator plays a business day against the engine: its terminals over TCP to the acquirer host with
 * dropped answers, duplicates and late advices, its QR payments over HTTP with resends, reordering and refunds.
 * After the cutover every merchant's line equals what the simulator itself recorded, each net is paid on the
 * rails, and the simulator's clearing file with one changed amount makes exactly one switch break.
 */
@QuarkusTest
class SwitchSimulatorEndToEndTest {

    private static final int TERMINALS = 4;
    private static final int PURCHASES_PER_TERMINAL = 30;
    private static final int QR_PAYMENTS = 24;
    private static final long SEED = 20_261_122L;
    private static final CardFaults CARD_FAULTS = new CardFaults(0.1, 0.1, 0.1);
    private static final QrFaults QR_FAULTS = new QrFaults(0.2, 0.2);
    private static final long CLEARING_DELTA_VND = 1_000;
    private static final MdrPlan PLAN = new MdrPlan(80, 500, Optional.of(20_000L));
    private static final Map<String, Object> PLAN_JSON = Map.of("rateBp", 80, "fixedVnd", 500, "capVnd", 20_000);

    @TestHTTPResource("/") URL engine;
    @Inject AcquirerHost host;
    @Inject Pool pool;
    @Inject Vertx vertx;
    @Inject AuditLog audit;
    @Inject DispatchConfig dispatchConfig;

    /** Proves each merchant's net, its payment and the switch reconciliation against the simulator's own report. */
    @Test
    void aSimulatedDaySettlesToTheSimulatorsReportAndReconcilesWithOneBreak() throws Exception {
        Map<String, Long> merchantByTerminal = simulatorTerminals();
        long qrMerchant = MerchantWorld.onboard("Quầy QR " + SEED, TERMINALS, PLAN_JSON);
        LocalDate day = MerchantWorld.startFreshBusinessDate();
        QrPlan qrPlan = QrPlan.build(QrConfig.defaults(QR_PAYMENTS, day).withFaults(SEED, 0.25, QR_FAULTS));
        seedMerchantQrCodes(qrMerchant, qrPlan);

        DriveReport drive = SwitchDrive.run(driveConfig(day), Clock.systemUTC());
        assertDriveMetEveryFault(drive);
        try (var client = new EngineClient(engine.toURI(), MerchantWorld.theSwitch(), Duration.ofSeconds(10))) {
            QrReport qr = QrDriver.run(QrSchedule.of(qrPlan, QR_FAULTS, SEED), client);
            assertEquals(0L, qr.summary().get("refused"), qr.summary().toString());
            assertEquals(0L, qr.summary().get("failed"), qr.summary().toString());
            assertTrue((long) qr.summary().get("duplicatesSent") > 0, "the schedule resent some notifications");

            given().auth().oauth2(MerchantWorld.admin()).contentType("application/json")
                    .body(Map.of("businessDate", day.toString())).post("/merchant/cutovers").then().statusCode(201);
            Map<Long, Long> expectedNets = expectedCardNets(drive, merchantByTerminal);
            expectedNets.put(qrMerchant, expectedQrNet(qrPlan));
            assertLinesAndPayouts(day, expectedNets);

            Path file = Files.createTempDirectory("clearing").resolve("clearing-" + day + ".csv");
            ClearingReport clearing = SwitchClearing.write(drive.transactions(),
                    new ClearingFault.ChangeOneAmount(CLEARING_DELTA_VND), SEED, file);
            PostOutcome posted = SwitchClearing.post(file, client);
            assertTrue(posted instanceof PostOutcome.Answered answered && answered.accepted(), posted.toString());
            assertExactlyTheInjectedBreak(day, clearing.alteration().original().orElseThrow());
        }
        SettlementRails.settleAll(day, pool, vertx, audit, dispatchConfig, Duration.ofSeconds(45));
    }

    private DriveConfig driveConfig(LocalDate day) {
        return new DriveConfig("127.0.0.1", host.port().orElseThrow(), LengthHeader.BINARY_2, TERMINALS,
                PURCHASES_PER_TERMINAL, SEED, CARD_FAULTS, 10_000, 2_000_000, TerminalIdentity.DEFAULT_ACQUIRER_ID,
                day, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofMinutes(2));
    }

    /**
     * The simulator names its terminals SIM00001, SIM00002…; each is onboarded once, one merchant per terminal, and
     * found again by later runs against the same database.
     */
    private static Map<String, Long> simulatorTerminals() throws Exception {
        Map<String, Long> merchants = new HashMap<>();
        for (int number = 1; number <= TERMINALS; number++) {
            String terminal = TerminalIdentity.numbered(SwitchDrive.TERMINAL_PREFIX, number,
                    TerminalIdentity.DEFAULT_ACQUIRER_ID).terminalId();
            Optional<Long> known = merchantOf(terminal);
            long merchant = known.orElseGet(() -> MerchantWorld.onboard("Cửa hàng mô phỏng " + terminal, 0, PLAN_JSON));
            if (known.isEmpty()) {
                MerchantWorld.addTerminal(merchant, terminal);
            }
            merchants.put(terminal, merchant);
        }
        return merchants;
    }

    private static Optional<Long> merchantOf(String terminal) throws Exception {
        try (var db = AdminDatabase.connectAsEngine();
             var query = db.prepareStatement("select merchant_id from merchant_terminal where terminal_id = ?")) {
            query.setString(1, terminal);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The merchant's till printed these dynamic QRs; the engine must know a reference before it is paid. */
    private static void seedMerchantQrCodes(long merchant, QrPlan plan) throws Exception {
        try (var db = AdminDatabase.connectAsEngine(); var insert = db.prepareStatement("""
                insert into merchant_qr (reference, merchant_id, amount_vnd, purpose, payload, created_by)
                values (?, ?, ?, 'Thanh toan don hang', 'simulated till', 'test:switch-simulator')""")) {
            for (var payment : plan.payments()) {
                insert.setString(1, payment.reference());
                insert.setLong(2, merchant);
                insert.setLong(3, payment.amountVnd());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void assertDriveMetEveryFault(DriveReport drive) {
        assertEquals(List.of(), drive.unfinishedTerminals());
        List<TransactionRecord> all = drive.transactions();
        assertEquals(0, all.stream().filter(record -> record.belief() instanceof Belief.Unknown).count(),
                "every purchase ended known to the terminal");
        assertTrue(all.stream().anyMatch(record -> record.fault() == CardFault.DROP_RESPONSE
                && record.belief() instanceof Belief.Reversed reversed && reversed.reversedAnApproval()),
                "a dropped answer was reversed");
        assertTrue(all.stream().anyMatch(record -> record.fault() == CardFault.LATE_ADVICE && record.approved()),
                "a late advice was acknowledged");
        assertTrue(drive.duplicates().size() > 0, "duplicates were sent");
        assertTrue(drive.duplicates().stream().allMatch(vn.ansinh.fixtures.switching.DuplicateProbe::caught),
                "every duplicate was answered 94");
    }

    /**
     * Net per merchant from the simulator's records alone: what stands approved, less its fee. A purchase reversed
     * the same day is in gross and in reversals and pays no fee, so it adds nothing.
     */
    private static Map<Long, Long> expectedCardNets(DriveReport drive, Map<String, Long> merchantByTerminal) {
        Map<Long, Long> nets = new HashMap<>();
        for (TransactionRecord record : drive.transactions()) {
            if (record.approved()) {
                long merchant = merchantByTerminal.get(record.key().terminalId());
                nets.merge(merchant, record.amountVnd() - PLAN.feeFor(record.amountVnd()), Math::addExact);
            }
        }
        return nets;
    }

    /** Every payment once (resends are not new money), less its fee, less what was refunded. */
    private static long expectedQrNet(QrPlan plan) {
        long net = 0;
        for (var payment : plan.payments()) {
            net += payment.amountVnd() - PLAN.feeFor(payment.amountVnd());
        }
        for (var refund : plan.refunds()) {
            net -= refund.amountVnd();
        }
        return net;
    }

    private static void assertLinesAndPayouts(LocalDate day, Map<Long, Long> expectedNets) {
        Map<Long, JsonPath> payouts = SettlementRails.payouts(day);
        for (var expected : expectedNets.entrySet()) {
            JsonPath line = given().auth().oauth2(MerchantWorld.officer()).queryParam("after", expected.getKey() - 1)
                    .queryParam("limit", 1).get("/merchant/settlements/" + day).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(expected.getKey(), line.getLong("lines[0].merchantId"), line.prettify());
            assertEquals(expected.getValue(), line.getLong("lines[0].totals.netVnd"), line.prettify());
            SettlementRails.assertPaidExactlyThePayable(payouts.get(expected.getKey()), expected.getValue());
        }
    }

    private static void assertExactlyTheInjectedBreak(LocalDate day, TransactionRecord altered) {
        JsonPath breaks = given().auth().oauth2(MerchantWorld.officer()).get("/merchant/switch-reconciliations/" + day)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(altered.key().terminalId()), breaks.getList("breaks.terminalId"), breaks.prettify());
        assertEquals("AMOUNT_MISMATCH", breaks.getString("breaks[0].breakClass"), breaks.prettify());
        assertEquals("CLEARING_FILE", breaks.getString("breaks[0].source"), breaks.prettify());
    }
}
