package vn.ansinh.rails.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.ansinh.rails.reason.ReasonCode;

class PaymentStateMachineTest {

    private static PaymentState run(PaymentEvent... events) {
        PaymentState state = PaymentState.CREATED;
        for (PaymentEvent event : events) {
            state = PaymentStateMachine.transition(state, event).state();
        }
        return state;
    }

    @Test
    void theHappyPathEndsSettledAndPending() {
        // Proves the ordinary path CREATED → SENT → ACCEPTED → SETTLED and where its money is counted on the way.
        assertEquals(MoneyBucket.PENDING, run(new PaymentEvent.Sent(), new PaymentEvent.Accepted()).bucket());
        PaymentState settled = run(new PaymentEvent.Sent(), new PaymentEvent.Accepted(), new PaymentEvent.Settled());
        assertEquals(PaymentState.SETTLED, settled);
        assertEquals(MoneyBucket.SETTLED, settled.bucket());
    }

    @Test
    void unknownIsNeverResolvedBySendingAgain() {
        // Proves that a timed-out payment refuses a new send and is resolved by the status query's answer.
        PaymentState unknown = run(new PaymentEvent.Sent(), new PaymentEvent.TimedOut());
        assertEquals(PaymentState.UNKNOWN, unknown);
        Transition resend = PaymentStateMachine.transition(unknown, new PaymentEvent.Sent());
        assertEquals(RefusalKind.NOT_ALLOWED, assertInstanceOf(Transition.Refused.class, resend).kind());
        assertEquals(PaymentState.SETTLED, PaymentStateMachine.transition(unknown,
                new PaymentEvent.StatusQueryAnswered(new QueryAnswer.SettledByBank())).state());
        assertEquals(PaymentState.CREATED, PaymentStateMachine.transition(unknown,
                new PaymentEvent.StatusQueryAnswered(new QueryAnswer.NotReceived())).state());
    }

    @Test
    void returnsFollowOnlyAcceptedOrSettledPayments() {
        // Proves that a return moves ACCEPTED and SETTLED payments to RETURNED and is refused from SENT.
        PaymentEvent returned = new PaymentEvent.Returned(ReasonCode.of("AC04"));
        assertEquals(new PaymentState.Returned(ReasonCode.of("AC04")),
                run(new PaymentEvent.Sent(), new PaymentEvent.Settled(), returned));
        assertEquals(PaymentState.SENT, run(new PaymentEvent.Sent(), returned));
        assertTrue(run(new PaymentEvent.Sent(), new PaymentEvent.Accepted(), returned).isTerminal());
    }

    @Test
    void aRepeatedReportIsStaleNotAnAlarm() {
        // Proves that a status report delivered twice is refused as STALE, which callers may log and ignore.
        PaymentState accepted = run(new PaymentEvent.Sent(), new PaymentEvent.Accepted());
        Transition again = PaymentStateMachine.transition(accepted, new PaymentEvent.Accepted());
        assertEquals(RefusalKind.STALE, assertInstanceOf(Transition.Refused.class, again).kind());
    }
}
