package vn.ansinh.rails.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.ansinh.rails.state.PaymentEvent;
import vn.ansinh.rails.state.PaymentState;
import vn.ansinh.rails.state.PaymentStateMachine;
import vn.ansinh.rails.state.RefusalKind;
import vn.ansinh.rails.state.Transition;

/**
 * The decisions of one batch, before they are written: every event goes through {@link PaymentStateMachine}
 * against the state this batch last left its payment in, so two events for one payment in one batch are decided in
 * order. Moves become {@link Change}s; contradictions become {@link Refusal}s; harmless repeats are only counted.
 * Pure and bounded: more than {@code changesMax} changes is a caller's bug, refused at once.
 */
public final class Decisions {

    private final int changesMax;
    private final Map<Long, PaymentState> latest = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final Map<String, long[]> movedByKind = new TreeMap<>();
    private long stale;

    public Decisions(int changesMax) {
        if (changesMax < 1) {
            throw new IllegalArgumentException("a batch holds at least one change");
        }
        this.changesMax = changesMax;
    }

    /** Decides one event; answers the payment's state after it (unchanged when refused). */
    public PaymentState decide(PaymentSnapshot payment, PaymentEvent event, String source) {
        return decide(payment, event, source, Optional.empty(), Optional.empty());
    }

    public PaymentState decide(PaymentSnapshot payment, PaymentEvent event, String source,
            Optional<String> bankReference, Optional<String> bankFileRef) {
        PaymentState current = stateOf(payment);
        Transition transition = PaymentStateMachine.transition(current, event);
        switch (transition) {
            case Transition.Moved moved -> move(payment, moved, source, bankReference, bankFileRef);
            case Transition.Refused refused when refused.kind() == RefusalKind.STALE -> stale++;
            case Transition.Refused refused -> refusals.add(new Refusal(Optional.of(payment.id()),
                    payment.endToEndId(), PaymentStates.describe(current), Events.describe(event),
                    Refusal.Kind.NOT_ALLOWED, refused.why(), source));
        }
        return transition.state();
    }

    /** The state this batch last left the payment in: its decided state, or the one it was read in. */
    public PaymentState stateOf(PaymentSnapshot payment) {
        return latest.getOrDefault(payment.id(), payment.state());
    }

    /** Records a bank answer that is not applied for a reason outside the state machine. */
    public void refuse(Refusal refusal) {
        refusals.add(refusal);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    public long stale() {
        return stale;
    }

    public boolean isEmpty() {
        return changes.isEmpty() && refusals.isEmpty() && stale == 0;
    }

    /** Counts and sums for one audit entry: moves by FROM->TO, repeats, and the first refused ids. */
    public Map<String, Object> auditFacts(int refusedIdsMax) {
        Map<String, Object> moved = new TreeMap<>();
        movedByKind.forEach((kind, tally) -> moved.put(kind, Map.of("payments", tally[0], "vnd", tally[1])));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("moved", moved);
        facts.put("stale", stale);
        facts.put("refused", (long) refusals.size());
        facts.put("refusedIds", refusals.stream().limit(refusedIdsMax).map(Refusal::endToEndId).toList());
        return facts;
    }

    private void move(PaymentSnapshot payment, Transition.Moved moved, String source, Optional<String> bankReference,
            Optional<String> bankFileRef) {
        if (changes.size() == changesMax) {
            throw new IllegalStateException("more than " + changesMax + " changes in one batch");
        }
        changes.add(new Change(payment.id(), payment.endToEndId(), payment.amountVnd(), moved.from(), moved.to(),
                source, bankReference, bankFileRef));
        latest.put(payment.id(), moved.to());
        long[] tally = movedByKind.computeIfAbsent(
                PaymentStates.name(moved.from()) + "->" + PaymentStates.name(moved.to()), kind -> new long[2]);
        tally[0]++;
        tally[1] = Math.addExact(tally[1], payment.amountVnd());
    }
}
