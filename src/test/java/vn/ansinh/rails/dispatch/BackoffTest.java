package vn.ansinh.rails.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheInitialWaitUpToTheCeiling() {
        // Proves that waits double after each failed attempt and never pass the maximum, even after many attempts.
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

        assertEquals(Duration.ofSeconds(1), backoff.after(1));
        assertEquals(Duration.ofSeconds(2), backoff.after(2));
        assertEquals(Duration.ofSeconds(8), backoff.after(4));
        assertEquals(Duration.ofSeconds(10), backoff.after(5));
        assertEquals(Duration.ofSeconds(10), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void refusesAttemptsBeforeTheFirst() {
        // Proves that attempts are counted from one, so a row never waits for an attempt it has not made.
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10)).after(0));
    }
}
