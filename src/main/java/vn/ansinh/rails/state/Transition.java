package vn.ansinh.rails.state;

import java.util.Objects;

/** The machine's answer to an event: the payment moved, or it did not and here is why. */
public sealed interface Transition {

    record Moved(PaymentState from, PaymentState to) implements Transition {
        public Moved {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** The state is unchanged; {@code kind} tells a harmless repeat from an event that must be investigated. */
    record Refused(PaymentState state, RefusalKind kind, String why) implements Transition {
        public Refused {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(why, "why");
        }
    }

    /** The state after this transition: the new one when moved, the unchanged one when refused. */
    default PaymentState state() {
        return switch (this) {
            case Moved moved -> moved.to();
            case Refused refused -> refused.state();
        };
    }
}
