package vn.ansinh.rails.bank;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/** What a bank said when asked for the debit/credit notifications (camt.054) after a sequence number. */
public sealed interface NotificationsAnswer {

    /** Nothing after the sequence asked for. */
    record None() implements NotificationsAnswer {
    }

    /**
     * One page, downloaded to {@code document}; {@code lastSequence} is the bank's own statement of the page's last
     * sequence when it gives one, and {@code lastPage} whether nothing more waits.
     */
    record Page(Path document, OptionalLong lastSequence, boolean lastPage) implements NotificationsAnswer {
        public Page {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(lastSequence, "lastSequence");
        }
    }

    record NoAnswer(String why) implements NotificationsAnswer {
        public NoAnswer {
            Objects.requireNonNull(why, "why");
        }
    }
}
