package vn.ansinh.rails.dispatch;

import java.util.Optional;
import vn.ansinh.rails.bank.InstantAnswer;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;
import vn.ansinh.rails.lifecycle.ReportedStatus;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.state.PaymentEvent;
import vn.ansinh.rails.state.PaymentState;
import vn.ansinh.rails.state.QueryAnswer;

/**
 * The instant rail, step by step, as pure decisions: what a claimed row does before its call, and what the bank's
 * answer does after it. Every move goes through the payment state machine (via {@link Decisions}); these steps only
 * choose the event and the outbox's next step. The dispatcher and the property tests call exactly these.
 */
public final class InstantSteps {

    /** Sources written on payment events, naming the call that caused them. */
    static final String SOURCE_CLAIM = "dispatcher:claim";
    static final String SOURCE_LEASE_EXPIRED = "dispatcher:lease-expired";
    static final String SOURCE_SEND = "instant:POST";
    static final String SOURCE_QUERY = "instant:GET";

    /** What happens after a claim, before any call. */
    public enum OnClaim {
        /** Call the bank (send, or query). */
        CALL,
        /** An earlier claim's call may have reached the bank and nobody recorded its answer: ask, never resend. */
        QUERY_INSTEAD,
        /** The payment has moved on; the row has nothing left to do. */
        NOTHING
    }

    /** What the outbox does next, once the answer is recorded. */
    public enum FollowUp {
        NONE,
        /** The answer left the payment pending at the bank: ask about its end-to-end id later. */
        QUERY,
        /** The bank never received the id: hand the same payment over again, under the same id. */
        SEND,
        /** No usable answer to a query: ask again after a backoff. */
        RETRY
    }

    private InstantSteps() {
    }

    /**
     * A SEND_INSTANT row was claimed: CREATED is marked SENT before the call, so that a crash after the call leaves
     * evidence. A payment already SENT or UNKNOWN was handed over by an earlier claim whose answer nobody recorded:
     * it is asked about, never sent again.
     */
    public static OnClaim claimSend(Decisions decisions, PaymentSnapshot payment) {
        return switch (decisions.stateOf(payment)) {
            case PaymentState.Created _ -> {
                decisions.decide(payment, new PaymentEvent.Sent(), SOURCE_CLAIM);
                yield OnClaim.CALL;
            }
            case PaymentState.Sent _ -> {
                decisions.decide(payment, new PaymentEvent.TimedOut(), SOURCE_LEASE_EXPIRED);
                yield OnClaim.QUERY_INSTEAD;
            }
            case PaymentState.Unknown _ -> OnClaim.QUERY_INSTEAD;
            case PaymentState.Accepted _, PaymentState.Settled _, PaymentState.Rejected _,
                    PaymentState.Returned _ -> OnClaim.NOTHING;
        };
    }

    /** A QUERY_INSTANT row was claimed: ask only about a payment still pending at its bank. */
    public static OnClaim claimQuery(Decisions decisions, PaymentSnapshot payment) {
        return isPendingAtBank(decisions.stateOf(payment)) ? OnClaim.CALL : OnClaim.NOTHING;
    }

    /**
     * The bank's answer to a send. A decision is applied; a pending status leaves the payment SENT; anything else
     * (no answer, a status the engine cannot read) leaves it UNKNOWN. Both are asked about later.
     */
    public static FollowUp afterSend(Decisions decisions, PaymentSnapshot payment, InstantAnswer answer) {
        Optional<PaymentEvent> event = switch (answer) {
            case InstantAnswer.Decided decided -> ReportedStatus.of(decided.status())
                    .map(status -> status.asReport(decided.reason()))
                    .orElse(Optional.of(new PaymentEvent.TimedOut()));
            case InstantAnswer.Refused refused -> Optional.of(new PaymentEvent.Rejected(refusalReason(refused)));
            case InstantAnswer.NotReceived _, InstantAnswer.NoAnswer _ -> Optional.of(new PaymentEvent.TimedOut());
        };
        PaymentState after = event.isEmpty() ? decisions.stateOf(payment)
                : decisions.decide(payment, event.get(), SOURCE_SEND, bankReference(answer), Optional.empty());
        return isPendingAtBank(after) ? FollowUp.QUERY : FollowUp.NONE;
    }

    /** The bank's answer to a status query about the payment's one end-to-end id. */
    public static FollowUp afterQuery(Decisions decisions, PaymentSnapshot payment, InstantAnswer answer) {
        Optional<PaymentEvent> event = switch (answer) {
            case InstantAnswer.Decided decided -> ReportedStatus.of(decided.status())
                    .map(status -> new PaymentEvent.StatusQueryAnswered(status.asQueryAnswer(decided.reason())));
            case InstantAnswer.NotReceived _ ->
                    Optional.of(new PaymentEvent.StatusQueryAnswered(new QueryAnswer.NotReceived()));
            case InstantAnswer.Refused _, InstantAnswer.NoAnswer _ -> Optional.empty();
        };
        if (event.isEmpty()) {
            return FollowUp.RETRY;
        }
        PaymentState after = decisions.decide(payment, event.get(), SOURCE_QUERY, bankReference(answer),
                Optional.empty());
        if (after instanceof PaymentState.Created) {
            return FollowUp.SEND;
        }
        return isPendingAtBank(after) ? FollowUp.RETRY : FollowUp.NONE;
    }

    /** Handed over and not yet finally answered: the bank, asked, can say more. */
    static boolean isPendingAtBank(PaymentState state) {
        return switch (state) {
            case PaymentState.Sent _, PaymentState.Accepted _, PaymentState.Unknown _ -> true;
            case PaymentState.Created _, PaymentState.Settled _, PaymentState.Rejected _,
                    PaymentState.Returned _ -> false;
        };
    }

    /** A request the bank refused without deciding it: a known id with other details, or a malformed request. */
    static ReasonCode refusalReason(InstantAnswer.Refused refused) {
        return refused.code().equals("DUPLICATE_MISMATCH") ? ReasonCode.of("DUPL") : ReasonCode.of("FF01");
    }

    private static Optional<String> bankReference(InstantAnswer answer) {
        return answer instanceof InstantAnswer.Decided decided ? decided.bankReference() : Optional.empty();
    }
}
