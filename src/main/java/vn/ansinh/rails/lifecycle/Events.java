package vn.ansinh.rails.lifecycle;

import vn.ansinh.rails.state.PaymentEvent;
import vn.ansinh.rails.state.QueryAnswer;

/** Events as one word for refusals and logs: Rejected(AC04), StatusQueryAnswered(NotReceived). */
public final class Events {

    private Events() {
    }

    public static String describe(PaymentEvent event) {
        return switch (event) {
            case PaymentEvent.Sent _ -> "Sent";
            case PaymentEvent.Accepted _ -> "Accepted";
            case PaymentEvent.Settled _ -> "Settled";
            case PaymentEvent.Rejected rejected -> "Rejected(" + rejected.reason().value() + ")";
            case PaymentEvent.Returned returned -> "Returned(" + returned.reason().value() + ")";
            case PaymentEvent.TimedOut _ -> "TimedOut";
            case PaymentEvent.StatusQueryAnswered answered ->
                    "StatusQueryAnswered(" + describe(answered.answer()) + ")";
        };
    }

    private static String describe(QueryAnswer answer) {
        return switch (answer) {
            case QueryAnswer.NotReceived _ -> "NotReceived";
            case QueryAnswer.StillPending _ -> "StillPending";
            case QueryAnswer.AcceptedByBank _ -> "AcceptedByBank";
            case QueryAnswer.SettledByBank _ -> "SettledByBank";
            case QueryAnswer.RejectedByBank rejected -> "RejectedByBank(" + rejected.reason().value() + ")";
        };
    }
}
