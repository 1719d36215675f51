package vn.ansinh.rails.state;

import vn.ansinh.rails.state.PaymentEvent.Accepted;
import vn.ansinh.rails.state.PaymentEvent.Rejected;
import vn.ansinh.rails.state.PaymentEvent.Returned;
import vn.ansinh.rails.state.PaymentEvent.Sent;
import vn.ansinh.rails.state.PaymentEvent.Settled;
import vn.ansinh.rails.state.PaymentEvent.StatusQueryAnswered;
import vn.ansinh.rails.state.PaymentEvent.TimedOut;

/**
 * Every legal move of a payment, as one pure function. The rules that protect money:
 * <ul>
 * <li>nothing is ever sent twice: {@code Sent} is accepted only from CREATED;</li>
 * <li>UNKNOWN is left by an answer about the same end-to-end id — a late status report or a status query — and
 * returns to CREATED only when the bank says it never received the id, so that the same id is sent again;</li>
 * <li>a return needs a payment the bank took: ACCEPTED or SETTLED;</li>
 * <li>REJECTED and RETURNED are terminal; SETTLED is not, because a credited payment can still come back.</li>
 * </ul>
 * A refused event never changes the state.
 */
public final class PaymentStateMachine {

    private PaymentStateMachine() {
    }

    public static Transition transition(PaymentState state, PaymentEvent event) {
        return switch (event) {
            case Sent _ -> state instanceof PaymentState.Created
                    ? moved(state, PaymentState.SENT)
                    : notAllowed(state, "already handed to a bank; resolve with a status query, never send again");
            case Accepted _ -> accepted(state);
            case Settled _ -> settled(state);
            case Rejected rejected -> rejected(state, new PaymentState.Rejected(rejected.reason()));
            case Returned returned -> returned(state, new PaymentState.Returned(returned.reason()));
            case TimedOut _ -> state instanceof PaymentState.Sent
                    ? moved(state, PaymentState.UNKNOWN)
                    : stale(state, "a timer fired after the payment had left SENT");
            case StatusQueryAnswered answered -> answered(state, answered.answer());
        };
    }

    private static Transition accepted(PaymentState state) {
        return switch (state) {
            case PaymentState.Sent _, PaymentState.Unknown _ -> moved(state, PaymentState.ACCEPTED);
            case PaymentState.Accepted _, PaymentState.Settled _ -> stale(state, "acceptance already known");
            case PaymentState.Created _ -> notAllowed(state, "accepted before it was sent");
            case PaymentState.Rejected _, PaymentState.Returned _ -> notAllowed(state, "accepted after a final state");
        };
    }

    private static Transition settled(PaymentState state) {
        // A bank may report ACSC without an ACCP first, so SENT and UNKNOWN settle directly.
        return switch (state) {
            case PaymentState.Sent _, PaymentState.Unknown _, PaymentState.Accepted _ ->
                    moved(state, PaymentState.SETTLED);
            case PaymentState.Settled _ -> stale(state, "settlement already known");
            case PaymentState.Created _ -> notAllowed(state, "settled before it was sent");
            case PaymentState.Rejected _, PaymentState.Returned _ -> notAllowed(state, "settled after a final state");
        };
    }

    private static Transition rejected(PaymentState state, PaymentState.Rejected target) {
        // ACCP is often only a technical acceptance, so a later RJCT is believed.
        return switch (state) {
            case PaymentState.Sent _, PaymentState.Unknown _, PaymentState.Accepted _ -> moved(state, target);
            case PaymentState.Rejected _ -> stale(state, "rejection already known");
            case PaymentState.Created _ -> notAllowed(state, "rejected before it was sent");
            case PaymentState.Settled _ -> notAllowed(state, "rejected after settlement: ask the bank for a return");
            case PaymentState.Returned _ -> notAllowed(state, "rejected after a return");
        };
    }

    private static Transition returned(PaymentState state, PaymentState.Returned target) {
        return switch (state) {
            case PaymentState.Accepted _, PaymentState.Settled _ -> moved(state, target);
            case PaymentState.Returned _ -> stale(state, "return already known");
            case PaymentState.Created _, PaymentState.Sent _, PaymentState.Unknown _ ->
                    notAllowed(state, "a return for a payment the bank never confirmed: query its status first");
            case PaymentState.Rejected _ -> notAllowed(state, "a return for a rejected payment");
        };
    }

    private static Transition answered(PaymentState state, QueryAnswer answer) {
        return switch (answer) {
            case QueryAnswer.NotReceived _ -> state instanceof PaymentState.Unknown
                    ? moved(state, PaymentState.CREATED)
                    : notAllowed(state, "the bank denies an id the engine has an answer or no time-out for");
            case QueryAnswer.StillPending _ -> state instanceof PaymentState.Unknown
                    ? moved(state, PaymentState.SENT)
                    : stale(state, "the bank still has the payment pending");
            case QueryAnswer.AcceptedByBank _ -> accepted(state);
            case QueryAnswer.SettledByBank _ -> settled(state);
            case QueryAnswer.RejectedByBank rejected -> rejected(state, new PaymentState.Rejected(rejected.reason()));
        };
    }

    private static Transition moved(PaymentState from, PaymentState to) {
        return new Transition.Moved(from, to);
    }

    private static Transition stale(PaymentState state, String why) {
        return new Transition.Refused(state, RefusalKind.STALE, why);
    }

    private static Transition notAllowed(PaymentState state, String why) {
        return new Transition.Refused(state, RefusalKind.NOT_ALLOWED, why);
    }
}
