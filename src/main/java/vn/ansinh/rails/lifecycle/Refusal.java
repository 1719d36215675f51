package vn.ansinh.rails.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * A bank's word that was not applied and must be investigated: written to {@code payment_refusal}. The payment is
 * absent when the bank named an id the engine never sent.
 */
public record Refusal(Optional<Long> paymentId, String endToEndId, String state, String event, Kind kind,
        String why, String source) {

    /** Ids longer than ISO 20022's 35 characters are cut, so that a hostile report cannot grow the table's rows. */
    public static final int END_TO_END_ID_LENGTH_MAX = 35;
    public static final int TEXT_LENGTH_MAX = 500;

    /** Why it was not applied. */
    public enum Kind {
        /** The state machine refused the event: it contradicts what the engine knows. */
        NOT_ALLOWED,
        /** A return whose amount is not the payment's. */
        AMOUNT_MISMATCH,
        /** The bank named an end-to-end id that no payment of this bank has. */
        UNKNOWN_PAYMENT,
        /** The bank's item could not be understood (no id, an unknown status). */
        UNREADABLE
    }

    public Refusal {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(kind, "kind");
        endToEndId = cut(Objects.requireNonNull(endToEndId, "endToEndId"), END_TO_END_ID_LENGTH_MAX);
        state = cut(Objects.requireNonNull(state, "state"), TEXT_LENGTH_MAX);
        event = cut(Objects.requireNonNull(event, "event"), TEXT_LENGTH_MAX);
        why = cut(Objects.requireNonNull(why, "why"), TEXT_LENGTH_MAX);
        source = cut(Objects.requireNonNull(source, "source"), TEXT_LENGTH_MAX);
    }

    private static String cut(String text, int lengthMax) {
        return text.length() <= lengthMax ? text : text.substring(0, lengthMax);
    }
}
