package vn.ansinh.rails.lifecycle;

import java.util.Optional;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.state.PaymentEvent;
import vn.ansinh.rails.state.QueryAnswer;

/**
 * An ISO 20022 transaction status (ExternalPaymentTransactionStatus1Code) as the engine reads it, from a pain.002
 * or an instant transfer's answer. Statuses outside this table are not guessed at: the caller records them.
 */
public enum ReportedStatus {
    /** ACSC, ACCC: the beneficiary's account is credited. */
    SETTLED,
    /** ACCP, ACTC, ACSP, ACWC: the bank took the instruction; money may not have moved yet. */
    ACCEPTED,
    /** RJCT: refused; no money moved. */
    REJECTED,
    /** PDNG, RCVD: received, nothing decided. */
    PENDING;

    public static Optional<ReportedStatus> of(String code) {
        return switch (code) {
            case "ACSC", "ACCC" -> Optional.of(SETTLED);
            case "ACCP", "ACTC", "ACSP", "ACWC" -> Optional.of(ACCEPTED);
            case "RJCT" -> Optional.of(REJECTED);
            case "PDNG", "RCVD" -> Optional.of(PENDING);
            default -> Optional.empty();
        };
    }

    /** The event a status report or a send's answer makes; a pending status says nothing new. */
    public Optional<PaymentEvent> asReport(Optional<ReasonCode> reason) {
        return switch (this) {
            case SETTLED -> Optional.of(new PaymentEvent.Settled());
            case ACCEPTED -> Optional.of(new PaymentEvent.Accepted());
            case REJECTED -> Optional.of(new PaymentEvent.Rejected(reason.orElse(PaymentStates.NO_REASON_GIVEN)));
            case PENDING -> Optional.empty();
        };
    }

    /** The answer to a status query about one end-to-end id. */
    public QueryAnswer asQueryAnswer(Optional<ReasonCode> reason) {
        return switch (this) {
            case SETTLED -> new QueryAnswer.SettledByBank();
            case ACCEPTED -> new QueryAnswer.AcceptedByBank();
            case REJECTED -> new QueryAnswer.RejectedByBank(reason.orElse(PaymentStates.NO_REASON_GIVEN));
            case PENDING -> new QueryAnswer.StillPending();
        };
    }
}
