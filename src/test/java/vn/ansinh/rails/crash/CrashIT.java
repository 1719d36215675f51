package vn.ansinh.rails.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ansinh.fixtures.payments.LedgerSummary;
import vn.ansinh.fixtures.payments.PaymentFaults;
import vn.ansinh.fixtures.payments.ReasonCode;

/**
 * Released runs on both rails are paid by the packaged engine while it is killed with SIGKILL at random moments and
 * started again on the same database. Sized for CI by default; {@code ops/bench/crash} runs it larger through the
 * system properties {@code ansinh.crash.payments}, {@code .kills}, {@code .kill-gap-max-ms}, {@code .seed} and
 * {@code .wait-max}. The seed is printed, so a failing sequence of kills can be replayed.
 */
@Tag("engine-process")
class CrashIT {

    static final int PAYMENTS = Integer.getInteger("ansinh.crash.payments", 4_000);
    static final int KILLS = Integer.getInteger("ansinh.crash.kills", 4);
    static final int KILL_GAP_MAX_MS = Integer.getInteger("ansinh.crash.kill-gap-max-ms", 6_000);
    static final Duration WAIT_MAX = Duration.parse(System.getProperty("ansinh.crash.wait-max", "PT3M"));

    /**
     * Proves that whatever moments the engine is killed at, every payment of the released runs ends in a final state
     * that the bank's ledger agrees with, no payment is booked twice, and each run's total equals settled + rejected
     * + returned + pending.
     */
    @Test
    void killedAndRestartedEnginesPayEveryPaymentExactlyOnce() throws Exception {
        long seed = Long.getLong("ansinh.crash.seed", System.nanoTime());
        System.out.printf("CrashIT: seed %d (replay with -Dansinh.crash.seed=%d), %d payments, %d kills%n",
                seed, seed, PAYMENTS, KILLS);
        Random random = new Random(seed);
        PaymentFaults faults = PaymentFaults.NONE.withWorldAccountChecks(false)
                .withTransport(300, 0.05, 0.01, 0.01)
                .withRandomOutcomes(0.02, ReasonCode.AC04, 0.01, ReasonCode.AC04, 1);
        try (EngineWorld world = EngineWorld.open("crash", faults, Map.of(
                "ansinh.dispatch.file-lease", System.getProperty("ansinh.crash.file-lease", "PT20S"),
                "ansinh.dispatch.file-upload-timeout", System.getProperty("ansinh.crash.file-upload-timeout", "PT15S")))) {
            EngineProcess engine = world.start("engine-0");
            List<ReleasedRun> runs;
            try (Connection db = world.connect()) {
                int instant = PAYMENTS / 2;
                runs = List.of(ReleasedRun.write(db, "CRASH-INSTANT", "INSTANT", instant),
                        ReleasedRun.write(db, "CRASH-FILE", "FILE", PAYMENTS - instant));
            }
            Instant released = Instant.now();
            for (int kill = 1; kill <= KILLS; kill++) {
                int afterMs = 500 + random.nextInt(KILL_GAP_MAX_MS);
                EngineProcess.sleep(Duration.ofMillis(afterMs));
                engine.kill();
                try (Connection db = world.connect()) {
                    System.out.printf("CrashIT: kill %d: SIGKILL to %s (pid %d) %d ms after it was ready; %d payments "
                            + "not yet handed to the bank, %d not final%n", kill, engine.name(), engine.pid(), afterMs,
                            Evidence.inState(db, runs, "CREATED"), Evidence.outstanding(db, runs));
                }
                engine = world.start("engine-" + kill);
            }
            awaitFinal(world, runs, released);
            Evidence settled = returnsComeBack(world, runs);
            System.out.println("CrashIT: " + settled.describe());
            engine.kill();

            assertEquals(0, settled.disagreementsCount(), settled::describe);
            assertEquals(PAYMENTS, settled.payments());
            assertEquals(0, settled.pendingCount(), settled::describe);
            assertEquals(settled.totalVnd(), settled.vnd("SETTLED") + settled.vnd("REJECTED") + settled.vnd("RETURNED")
                    + settled.pendingVnd(), "Σ run total = Σ settled + Σ rejected + Σ returned + Σ pending");
            LedgerSummary bank = settled.bank();
            assertEquals(settled.count("SETTLED") + settled.count("RETURNED"), bank.booked(),
                    "the bank booked exactly the payments the engine holds as settled or returned");
            assertEquals(settled.vnd("SETTLED") + settled.vnd("RETURNED"), bank.bookedAmount());
            assertEquals(settled.count("REJECTED"), bank.rejected());
            assertEquals(0, bank.mismatchesRefused(), "an id was sent again with other details");
            assertTrue(settled.count("REJECTED") > 0 && settled.count("RETURNED") > 0,
                    "the faults should have rejected and returned some payments: " + settled.describe());
        }
    }

    private static void awaitFinal(EngineWorld world, List<ReleasedRun> runs, Instant since) throws Exception {
        Instant deadline = Instant.now().plus(WAIT_MAX);
        try (Connection db = world.connect()) {
            long outstanding = Evidence.outstanding(db, runs);
            while (outstanding > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(outstanding + " payments not final after " + WAIT_MAX + ": "
                            + Evidence.gather(db, world.bank(), runs).describe());
                }
                EngineProcess.sleep(Duration.ofMillis(250));
                outstanding = Evidence.outstanding(db, runs);
            }
            System.out.printf("CrashIT: every payment final %d s after release%n",
                    Duration.between(since, Instant.now()).toSeconds());
        }
    }

    /** The banks' next business day: credits due back return, and the engine learns of them from camt.054. */
    private static Evidence returnsComeBack(EngineWorld world, List<ReleasedRun> runs) throws Exception {
        world.bank().advance(1);
        long returned = world.bank().ledgerSummary().returned();
        Instant deadline = Instant.now().plus(WAIT_MAX);
        try (Connection db = world.connect()) {
            while (Evidence.inState(db, runs, "RETURNED") < returned && Instant.now().isBefore(deadline)) {
                EngineProcess.sleep(Duration.ofMillis(250));
            }
            return Evidence.gather(db, world.bank(), runs);
        }
    }
}
