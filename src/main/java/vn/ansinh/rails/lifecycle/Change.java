package vn.ansinh.rails.lifecycle;

import java.util.Objects;
import java.util.Optional;
import vn.ansinh.rails.state.PaymentState;

/**
 * One move the state machine allowed, to be written as a payment update and a payment event. {@code source} says
 * which call or message caused it (instant:POST, pain002:STS-F970415-00000001, camt054:NTF-970415-3).
 */
public record Change(
        long paymentId,
        String endToEndId,
        long amountVnd,
        PaymentState from,
        PaymentState to,
        String source,
        Optional<String> bankReference,
        Optional<String> bankFileRef) {

    public static final int SOURCE_LENGTH_MAX = 200;

    public Change {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(bankFileRef, "bankFileRef");
        if (source.isBlank() || source.length() > SOURCE_LENGTH_MAX) {
            throw new IllegalArgumentException("a change names its source in 1-" + SOURCE_LENGTH_MAX + " characters");
        }
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a payment amount is positive: " + endToEndId);
        }
    }
}
