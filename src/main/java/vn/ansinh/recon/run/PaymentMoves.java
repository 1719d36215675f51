package vn.ansinh.recon.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.state.PaymentEvent;
import vn.ansinh.rails.lifecycle.PaymentStates;
import vn.ansinh.rails.state.PaymentState;
import vn.ansinh.rails.state.PaymentStateMachine;
import vn.ansinh.rails.state.RefusalKind;
import vn.ansinh.rails.state.Transition;
import vn.ansinh.reconciliation.model.TransactionDetail;

/**
 * What the statement proves about payments, as moves the payment state machine allows: a final (not pending) debit
 * matched to a payment settles it; a return credit returns it. A payment both debited and returned in the range is
 * settled first, then returned. Repeats are stale and move nothing, so a re-run moves nothing again; a move the
 * machine refuses outright is reported, never forced.
 */
public final class PaymentMoves {

    /** The ISO status reason "not specified by agent", for a return credit that carries no reason. */
    static final String REASON_NOT_GIVEN = "MS03";

    /** One state change to write, guarded by the state it starts from. */
    public record Move(long paymentId, String fromState, String toState, Optional<String> reasonCode, String source) {}

    /** A move the state machine refused as contradicting what the engine knows. */
    public record Refused(long paymentId, String state, String event, String why) {}

    /** {@code first} moves are written before {@code second}, which continue from where {@code first} left. */
    public record Plan(List<Move> first, List<Move> second, List<Refused> refused) {}

    private PaymentMoves() {
    }

    public static Plan plan(Outcome outcome, Inputs inputs) {
        Map<Long, Inputs.PaymentInput> payments = inputs.payments().stream()
                .collect(Collectors.toMap(Inputs.PaymentInput::id, Function.identity()));
        Map<LineRef, Inputs.Line> lines = inputs.lines().stream()
                .collect(Collectors.toMap(Inputs.Line::ref, Function.identity()));
        Map<Long, Inputs.Line> settledBy = new TreeMap<>();
        Map<Long, Inputs.Line> returnedBy = new TreeMap<>();
        for (Outcome.MatchRow match : outcome.matches()) {
            if (match.pending()) {
                continue;
            }
            match.outboundPaymentIds().forEach(id -> settledBy.put(id, lines.get(match.line())));
            match.returnPaymentIds().forEach(id -> returnedBy.put(id, lines.get(match.line())));
        }
        var first = new ArrayList<Move>();
        var second = new ArrayList<Move>();
        var refused = new ArrayList<Refused>();
        var ids = new java.util.TreeSet<Long>(settledBy.keySet());
        ids.addAll(returnedBy.keySet());
        for (long id : ids) {
            Inputs.PaymentInput payment = payments.get(id);
            PaymentState state = state(payment);
            boolean movedOnce = false;
            if (settledBy.containsKey(id)) {
                Transition settled = PaymentStateMachine.transition(state, new PaymentEvent.Settled());
                movedOnce = record(payment, settled, Optional.empty(), source(settledBy.get(id)), first, refused, "SETTLED");
                state = settled.state();
            }
            if (returnedBy.containsKey(id)) {
                Inputs.Line line = returnedBy.get(id);
                String reason = returnReason(line, payment.endToEndId());
                Transition returned = PaymentStateMachine.transition(state,
                        new PaymentEvent.Returned(ReasonCode.of(reason)));
                record(payment, returned, Optional.of(reason), source(line), movedOnce ? second : first, refused,
                        "RETURNED");
            }
        }
        return new Plan(first, second, refused);
    }

    private static boolean record(Inputs.PaymentInput payment, Transition transition, Optional<String> reason,
                                  String source, List<Move> moves, List<Refused> refused, String event) {
        return switch (transition) {
            case Transition.Moved moved -> {
                moves.add(new Move(payment.id(), PaymentStates.name(moved.from()), PaymentStates.name(moved.to()), reason, source));
                yield true;
            }
            case Transition.Refused no -> {
                if (no.kind() == RefusalKind.NOT_ALLOWED) {
                    refused.add(new Refused(payment.id(), PaymentStates.name(no.state()), event, no.why()));
                }
                yield false;
            }
        };
    }

    /** The engine's stored state as the machine's; a stored reason is kept, a missing one does not matter here. */
    static PaymentState state(Inputs.PaymentInput payment) {
        String reason = payment.reasonCode().filter(code -> !code.isBlank()).orElse(REASON_NOT_GIVEN);
        return PaymentStates.of(payment.state(), Optional.of(reason));
    }

    /** The bank's statement id: what a payment_event names as the message that moved the payment. */
    static String source(Inputs.Line line) {
        return "statement:" + line.statementRef();
    }

    private static String returnReason(Inputs.Line line, String endToEndId) {
        List<TransactionDetail> details = line.bankEntry().entry().details();
        return details.stream().filter(detail -> detail.endToEndId().equals(Optional.of(endToEndId)))
                .map(TransactionDetail::returnReason).flatMap(Optional::stream).findFirst()
                .or(() -> details.stream().map(TransactionDetail::returnReason).flatMap(Optional::stream).findFirst())
                .filter(code -> code.matches("[\\x21-\\x7E]{1,35}")).orElse(REASON_NOT_GIVEN);
    }
}
