package vn.ansinh.merchant.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.Iso8583Message;

/** The host's handling timer: per known MTI, failures timed too, unknown MTIs in one series, 20 ms a bucket. */
class HandlingTimerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** Proves a slow answer is timed at its length under its MTI and falls outside the 20 ms objective's bucket. */
    @Test
    void timesEachRequestUnderItsMti() {
        var timed = new HandlingTimer(request -> {
            pause(25);
            return Optional.of(request);
        }, registry);
        timed.handle(message("0200"));
        timed.handle(message("0200"));
        Timer sales = timer("0200");
        assertEquals(2, sales.count());
        assertTrue(sales.totalTime(TimeUnit.MILLISECONDS) >= 50, "timed " + sales.totalTime(TimeUnit.MILLISECONDS));
        assertEquals(0, withinObjective(sales), "a 25 ms answer counted within 20 ms");
    }

    /** Proves a handler that throws is still timed, and a fast answer lands within the objective's bucket. */
    @Test
    void timesFailuresAndFastAnswers() {
        var timed = new HandlingTimer(request -> {
            throw new IllegalStateException("journal down");
        }, registry);
        assertThrows(IllegalStateException.class, () -> timed.handle(message("0100")));
        assertEquals(1, timer("0100").count());
        assertEquals(1, withinObjective(timer("0100")));
    }

    /** Proves MTIs the acquirer does not answer share one series instead of each adding its own. */
    @Test
    void unknownMtisShareOneSeries() {
        var timed = new HandlingTimer(request -> Optional.empty(), registry);
        timed.handle(message("0600"));
        timed.handle(message("9999"));
        assertEquals(2, timer("other").count());
        assertNull(registry.find("ansinh.acquirer.handling").tag("mti", "0600").timer());
    }

    private Timer timer(String mti) {
        return registry.get("ansinh.acquirer.handling").tag("mti", mti).timer();
    }

    private static double withinObjective(Timer timer) {
        for (CountAtBucket bucket : timer.takeSnapshot().histogramCounts()) {
            if (bucket.bucket(TimeUnit.MILLISECONDS) == HandlingTimer.OBJECTIVE.toMillis()) return bucket.count();
        }
        throw new AssertionError("no bucket at the objective");
    }

    private static Iso8583Message message(String mti) {
        return new Iso8583Message(mti, Map.of(11, "000001"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
