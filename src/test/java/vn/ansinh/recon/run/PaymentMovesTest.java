package vn.ansinh.recon.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.verdict.Verdict;

class PaymentMovesTest {

    private static Outcome outcome(List<Outcome.MatchRow> matches) {
        return new Outcome(Verdict.RECONCILED, new Outcome.Totals(0, 0, 0, 0, 0, 0), Map.of(), List.of(), matches,
                List.of(), List.of());
    }

    private static Outcome.MatchRow debit(long line, long payment, boolean pending) {
        return new Outcome.MatchRow(new LineRef(1, line), MatchKind.SINGLE, Origin.AUTOMATIC, Optional.empty(), 100,
                pending, 1, 1, List.of(payment), List.of());
    }

    private static Outcome.MatchRow credit(long line, long payment) {
        return new Outcome.MatchRow(new LineRef(1, line), MatchKind.RETURN, Origin.AUTOMATIC, Optional.empty(), 100,
                false, 1, 1, List.of(), List.of(payment));
    }

    @Test
    void debitSettlesAndReturnFollowsInOrderWithTheBanksReason() {
        // Proves that a payment debited and returned in one range moves ACCEPTED→SETTLED, then SETTLED→RETURNED (AC04).
        Inputs inputs = new RunFixtures().payment(1, "P1", 10, "ACCEPTED", RunFixtures.SENT)
                .line(10, Direction.DEBIT, Optional.of("P1")).line(10, Direction.CREDIT, Optional.of("P1")).inputs();
        var plan = PaymentMoves.plan(outcome(List.of(debit(0, 1, false), credit(1, 1))), inputs);
        assertEquals(List.of(new PaymentMoves.Move(1, "ACCEPTED", "SETTLED", Optional.empty(), "statement:STMT-1")),
                plan.first());
        assertEquals(List.of(new PaymentMoves.Move(1, "SETTLED", "RETURNED", Optional.of("AC04"), "statement:STMT-1")),
                plan.second());
    }

    @Test
    void repeatsMoveNothingAndPendingEntriesWait() {
        // Proves that a re-run moves nothing (stale), and a pending bank entry does not settle its payment yet.
        Inputs settled = new RunFixtures().payment(1, "P1", 10, "SETTLED", RunFixtures.SENT)
                .payment(2, "P2", 20, "SENT", RunFixtures.SENT).line(10, Direction.DEBIT, Optional.of("P1"))
                .line(20, Direction.DEBIT, Optional.of("P2")).inputs();
        var plan = PaymentMoves.plan(outcome(List.of(debit(0, 1, false), debit(1, 2, true))), settled);
        assertEquals(List.of(), plan.first());
        assertEquals(List.of(), plan.refused());
    }

    @Test
    void aReturnTheMachineForbidsIsReportedNotForced() {
        // Proves that a return credit for a payment still SENT is refused by the state machine and reported.
        Inputs inputs = new RunFixtures().payment(1, "P1", 10, "SENT", RunFixtures.SENT)
                .line(10, Direction.CREDIT, Optional.of("P1")).inputs();
        var plan = PaymentMoves.plan(outcome(List.of(credit(0, 1))), inputs);
        assertEquals(List.of(), plan.first());
        assertEquals(1, plan.refused().size());
        assertEquals("RETURNED", plan.refused().getFirst().event());
    }
}
