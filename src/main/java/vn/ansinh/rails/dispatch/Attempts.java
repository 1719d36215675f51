package vn.ansinh.rails.dispatch;

import java.util.Optional;

/**
 * What a row that failed again becomes: back in the queue after a backoff, or, once its attempts are spent, done
 * with a note saying so, for an operator. A row is never tried without limit.
 */
record Attempts(int attemptsMax, Backoff backoff) {

    Attempts {
        if (attemptsMax < 1) {
            throw new IllegalArgumentException("a row is attempted at least once");
        }
    }

    boolean exhausted(OutboxItem item) {
        return item.attempts() >= attemptsMax;
    }

    Outbox.Reschedule retry(OutboxItem item, String why) {
        return new Outbox.Reschedule(item, backoff.after(item.attempts()), Optional.of(why), false);
    }

    Outbox.Finish giveUp(OutboxItem item, String why) {
        return new Outbox.Finish(item, Optional.of("gave up after " + item.attempts() + " attempts: " + why));
    }
}
