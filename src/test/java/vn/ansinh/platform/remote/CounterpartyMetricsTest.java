package vn.ansinh.platform.remote;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ansinh.fixtures.sandbox.FaultSettings;
import vn.ansinh.identity.registry.PopulationRegistry;
import vn.ansinh.testing.SandboxTestResource;

/** What an operator reads to tell a slow counterparty from a slow engine. */
@QuarkusTest
class CounterpartyMetricsTest {

    private static final long LATENCY_MS = 40;

    @Inject PopulationRegistry registry;

    /** Proves the call timer counts each call to the registry and times it from sending to the answer. */
    @Test
    void callTimerTimesEachCallAsTheCounterpartyTookIt() {
        var faults = SandboxTestResource.sandbox().registryFaults();
        var before = calls();
        faults.set(FaultSettings.NONE.withLatencyMs(LATENCY_MS));
        try {
            for (int i = 0; i < 3; i++) {
                registry.lookup(List.of("079000000" + (100 + i))).await().atMost(Duration.ofSeconds(30));
            }
        } finally {
            faults.set(FaultSettings.NONE);
        }
        var after = calls();
        // At least: the resumer may call the registry meanwhile for another test's PENDING rows.
        long count = after.count() - before.count();
        double totalMs = (after.seconds() - before.seconds()) * 1_000;
        assertTrue(count >= 3, "calls counted: " + count);
        assertTrue(totalMs >= 3 * LATENCY_MS, "three calls of " + LATENCY_MS + " ms timed as " + totalMs + " ms in all");
    }

    private record Timed(long count, double seconds) {}

    private static Timed calls() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return new Timed((long) value(metrics, "count"), value(metrics, "sum"));
    }

    private static double value(String metrics, String part) {
        var line = Pattern.compile("^ansinh_counterparty_calls_seconds_" + part
                + "\\{counterparty=\"population-registry\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
