package vn.ansinh.rails.bank;

import java.util.Objects;
import java.util.Optional;
import vn.ansinh.rails.reason.ReasonCode;

/** What a bank said about one instant credit transfer, to a send or to a status query by end-to-end id. */
public sealed interface InstantAnswer {

    /** The bank decided: its ISO status, the reason when it refused, its reference when it booked. */
    record Decided(String status, Optional<ReasonCode> reason, Optional<String> bankReference)
            implements InstantAnswer {
        public Decided {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(bankReference, "bankReference");
        }
    }

    /** The bank has no trace of the id (status query only): sending it again under the same id is safe. */
    record NotReceived() implements InstantAnswer {
    }

    /**
     * The bank refused the request itself, without deciding the payment: malformed, or the id is already known with
     * other details. {@code code} is the bank's, e.g. DUPLICATE_MISMATCH.
     */
    record Refused(String code, String detail) implements InstantAnswer {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** No usable answer: timed out, connection lost, server error, breaker open. The payment may have been booked. */
    record NoAnswer(String why) implements InstantAnswer {
        public NoAnswer {
            Objects.requireNonNull(why, "why");
        }
    }
}
