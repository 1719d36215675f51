package vn.ansinh.rails.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentStateMachinePropertyTest {

    /** The legal edges, written independently of the machine as "from>to" names: the specification under test. */
    private static final Set<String> LEGAL_EDGES = Set.of(
            "Created>Sent",
            "Sent>Accepted", "Sent>Settled", "Sent>Rejected", "Sent>Unknown",
            "Accepted>Settled", "Accepted>Rejected", "Accepted>Returned",
            "Settled>Returned",
            "Unknown>Accepted", "Unknown>Settled", "Unknown>Rejected", "Unknown>Sent", "Unknown>Created");

    private static String name(PaymentState state) {
        return state.getClass().getSimpleName();
    }

    @Test
    void randomEventSequencesOnlyFollowLegalEdges() {
        // Proves that any event sequence moves a payment only along the legal edges and never out of a terminal state.
        qt().forAll(PaymentEvents.sequences()).checkAssert(events -> {
            PaymentState state = PaymentState.CREATED;
            for (PaymentEvent event : events) {
                Transition transition = PaymentStateMachine.transition(state, event);
                if (transition instanceof Transition.Moved moved) {
                    assertEquals(state, moved.from());
                    assertFalse(state.isTerminal(), () -> "moved out of terminal " + name(moved.from()));
                    assertTrue(LEGAL_EDGES.contains(name(moved.from()) + ">" + name(moved.to())),
                            () -> "illegal edge " + name(moved.from()) + ">" + name(moved.to()) + " on " + event);
                }
                state = transition.state();
            }
        });
    }

    @Test
    void refusedTransitionsLeaveTheStateUnchanged() {
        // Proves that whenever the machine refuses an event, the state it reports is the state it was given.
        qt().forAll(PaymentEvents.sequences(), PaymentEvents.any()).checkAssert((events, last) -> {
            PaymentState state = PaymentState.CREATED;
            for (PaymentEvent event : events) {
                state = PaymentStateMachine.transition(state, event).state();
            }
            if (PaymentStateMachine.transition(state, last) instanceof Transition.Refused refused) {
                assertEquals(state, refused.state());
            }
        });
    }

    @Test
    void aPaymentIsSentAgainOnlyAfterTheBankSaysItNeverReceivedIt() {
        // Proves the no-double-payment rule: every send after the first follows a NotReceived answer in UNKNOWN.
        qt().forAll(PaymentEvents.sequences()).checkAssert(events -> {
            PaymentState state = PaymentState.CREATED;
            int sends = 0;
            int denials = 0;
            for (PaymentEvent event : events) {
                Transition transition = PaymentStateMachine.transition(state, event);
                if (transition instanceof Transition.Moved moved) {
                    sends += moved.to() instanceof PaymentState.Sent && moved.from() instanceof PaymentState.Created ? 1 : 0;
                    denials += moved.to() instanceof PaymentState.Created ? 1 : 0;
                }
                state = transition.state();
            }
            String counts = sends + " sends after " + denials + " denials";
            assertTrue(sends <= 1 + denials, counts);
        });
    }

    @Test
    void theRunAlwaysBalancesAcrossBuckets() {
        // Proves Σ run total = Σ settled + Σ rejected + Σ returned + Σ pending after every event of a random stream.
        int payments = 20;
        qt().forAll(lists().of(integers().between(1, 50_000_000)).ofSize(payments), PaymentEvents.streams(payments))
                .checkAssert((amounts, stream) -> {
                    List<PaymentState> states = new ArrayList<>(Collections.nCopies(payments, PaymentState.CREATED));
                    long total = amounts.stream().mapToLong(Integer::longValue).sum();
                    RunLedger ledger = RunLedger.allPending(total);
                    for (PaymentEvents.Addressed addressed : stream) {
                        Transition transition = PaymentStateMachine.transition(states.get(addressed.payment()),
                                addressed.event());
                        ledger.apply(amounts.get(addressed.payment()), transition);
                        states.set(addressed.payment(), transition.state());
                        assertBalanced(total, ledger, amounts, states);
                    }
                });
    }

    /** Checks the ledger against the identity and against a recount from the payments' current states. */
    private static void assertBalanced(long total, RunLedger ledger, List<Integer> amounts, List<PaymentState> states) {
        long sum = 0;
        for (MoneyBucket bucket : MoneyBucket.values()) {
            long recount = 0;
            for (int index = 0; index < states.size(); index++) {
                recount += states.get(index).bucket() == bucket ? amounts.get(index) : 0;
            }
            assertEquals(recount, ledger.minorIn(bucket), bucket::name);
            sum += ledger.minorIn(bucket);
        }
        assertEquals(total, sum);
    }
}
