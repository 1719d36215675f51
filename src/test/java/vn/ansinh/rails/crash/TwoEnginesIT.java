package vn.ansinh.rails.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ansinh.fixtures.payments.PaymentFaults;

/**
 * Two packaged engines, each its own process with its own dispatcher and bank client, on one database: they share
 * released runs through the outbox and the bank sees every end-to-end id once.
 */
@Tag("engine-process")
class TwoEnginesIT {

    static final int INSTANT_PAYMENTS = Integer.getInteger("ansinh.two-engines.instant-payments", 3_000);
    static final int FILE_PAYMENTS = Integer.getInteger("ansinh.two-engines.file-payments", 1_000);
    static final Duration WAIT_MAX = Duration.ofMinutes(2);

    /**
     * Proves that two engine processes dispatching the same runs at once settle every payment with exactly one
     * booking, send no end-to-end id twice (the bank refused no duplicate), and both took part.
     */
    @Test
    void twoEngineProcessesSendNoPaymentTwice() throws Exception {
        PaymentFaults faults = PaymentFaults.NONE.withWorldAccountChecks(false);
        // Small claims, so that both engines hold rows of the same run at the same time.
        try (EngineWorld world = EngineWorld.open("two_engines", faults,
                Map.of("ansinh.dispatch.rows-per-claim-max", "50"))) {
            world.start("engine-a");
            world.start("engine-b");
            List<ReleasedRun> runs;
            try (Connection db = world.connect()) {
                runs = List.of(ReleasedRun.write(db, "TWO-INSTANT", "INSTANT", INSTANT_PAYMENTS),
                        ReleasedRun.write(db, "TWO-FILE", "FILE", FILE_PAYMENTS));
            }
            Instant deadline = Instant.now().plus(WAIT_MAX);
            try (Connection db = world.connect()) {
                while (Evidence.outstanding(db, runs) > 0 && Instant.now().isBefore(deadline)) {
                    EngineProcess.sleep(Duration.ofMillis(250));
                }
                Evidence evidence = Evidence.gather(db, world.bank(), runs);
                System.out.println("TwoEnginesIT: " + evidence.describe());

                assertEquals(0, evidence.disagreementsCount(), evidence::describe);
                assertEquals(INSTANT_PAYMENTS + FILE_PAYMENTS, evidence.count("SETTLED"), evidence::describe);
                assertEquals(0, evidence.bank().duplicatesRefused(), "the bank refused a duplicate: an id was sent twice");
                assertEquals(0, evidence.bank().mismatchesRefused());
                assertEquals(evidence.payments(), evidence.bank().booked());
                assertTrue(handingEngines(db, runs.getFirst().id()) >= 2, "both engines handed instant payments over");
            }
        }
    }

    /** Distinct workers that moved a payment of the run from CREATED to SENT. */
    private static long handingEngines(Connection db, long run) throws Exception {
        try (PreparedStatement query = db.prepareStatement("""
                select count(distinct e.actor) from payment_event e join payment p on p.id = e.payment_id
                where p.run_id = ? and e.from_state = 'CREATED' and e.to_state = 'SENT'""")) {
            query.setLong(1, run);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
