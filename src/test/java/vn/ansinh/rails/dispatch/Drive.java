package vn.ansinh.rails.dispatch;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Turns dispatchers until a condition holds, failing the test with {@code what} when the deadline passes first. */
final class Drive {

    private static final long IDLE_PAUSE_MS = 50;

    private Drive() {
    }

    static void until(String what, Duration deadline, BooleanSupplier done, OutboxDispatcher... dispatchers) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            int claimed = 0;
            for (OutboxDispatcher dispatcher : dispatchers) {
                claimed += dispatcher.turn();
            }
            if (claimed == 0) {
                pause(IDLE_PAUSE_MS);
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
