package vn.ansinh.rails.lifecycle;

import java.util.Optional;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.state.PaymentState;

/**
 * The payment state as the database stores it: the name in {@code payment.state} and, for REJECTED and RETURNED,
 * the reason in {@code payment.reason_code}. Reading refuses a row that breaks this, because a rejected payment
 * without its reason cannot be acted on.
 */
public final class PaymentStates {

    /** The code a rejection or return is stored under when the bank gave no code at all. */
    public static final ReasonCode NO_REASON_GIVEN = ReasonCode.of("NARR");

    private PaymentStates() {
    }

    public static PaymentState of(String name, Optional<String> reason) {
        return switch (name) {
            case "CREATED" -> PaymentState.CREATED;
            case "SENT" -> PaymentState.SENT;
            case "ACCEPTED" -> PaymentState.ACCEPTED;
            case "SETTLED" -> PaymentState.SETTLED;
            case "UNKNOWN" -> PaymentState.UNKNOWN;
            case "REJECTED" -> new PaymentState.Rejected(required(name, reason));
            case "RETURNED" -> new PaymentState.Returned(required(name, reason));
            default -> throw new IllegalStateException("payment state not in V3's list: " + name);
        };
    }

    public static String name(PaymentState state) {
        return switch (state) {
            case PaymentState.Created _ -> "CREATED";
            case PaymentState.Sent _ -> "SENT";
            case PaymentState.Accepted _ -> "ACCEPTED";
            case PaymentState.Settled _ -> "SETTLED";
            case PaymentState.Unknown _ -> "UNKNOWN";
            case PaymentState.Rejected _ -> "REJECTED";
            case PaymentState.Returned _ -> "RETURNED";
        };
    }

    public static Optional<ReasonCode> reason(PaymentState state) {
        return switch (state) {
            case PaymentState.Rejected rejected -> Optional.of(rejected.reason());
            case PaymentState.Returned returned -> Optional.of(returned.reason());
            case PaymentState.Created _, PaymentState.Sent _, PaymentState.Accepted _, PaymentState.Settled _,
                    PaymentState.Unknown _ -> Optional.empty();
        };
    }

    /** The state with its reason, as one word for events, audit payloads and refusals: REJECTED(AC04). */
    public static String describe(PaymentState state) {
        return name(state) + reason(state).map(code -> "(" + code.value() + ")").orElse("");
    }

    private static ReasonCode required(String name, Optional<String> reason) {
        return ReasonCode.of(reason.orElseThrow(() -> new IllegalStateException(name + " payment without a reason")));
    }
}
