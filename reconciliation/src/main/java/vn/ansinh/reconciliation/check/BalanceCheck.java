package vn.ansinh.reconciliation.check;

import java.util.Objects;

/** Whether a statement's entries explain the move from its opening to its closing balance, and why. */
public sealed interface BalanceCheck {
    String reason();

    /** Opening + Σ booked entries = closing booked. */
    record Consistent(String reason) implements BalanceCheck {
        public Consistent {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Entries value-dated after the closing date are left out of the closing booked balance and appear in the
     * forward-available balance: opening + entries up to the closing date = closing booked, and opening + all
     * entries = forward available.
     */
    record ConsistentByValueDate(String reason, long forwardValuedNetMinor) implements BalanceCheck {
        public ConsistentByValueDate {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The entries do not add up: something is missing or extra. */
    record Inconsistent(String reason, long expectedClosingMinor, long reportedClosingMinor) implements BalanceCheck {
        public Inconsistent {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The message carries no opening/closing pair (camt.054, MT942, CSV without balances). */
    record NotCheckable(String reason) implements BalanceCheck {
        public NotCheckable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
