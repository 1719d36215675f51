package vn.ansinh.rails.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.rails.lifecycle.Change;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;
import vn.ansinh.rails.lifecycle.PaymentStates;
import vn.ansinh.rails.lifecycle.Refusal;
import vn.ansinh.rails.state.MoneyBucket;
import vn.ansinh.rails.state.PaymentState;
import vn.ansinh.rails.state.RunLedger;
import vn.ansinh.rails.state.Transition;

/**
 * The database side of the property tests in memory: payments, and every batch of {@link Decisions} committed as
 * {@code ChangeWriter} commits it (each change only from the state it was decided from). Each commit is checked
 * against the legal edges, written here independently of the state machine, and against a {@link RunLedger} that
 * refuses any bucket going negative; after each, the buckets recomputed from the states must equal the run total.
 */
final class LifecycleWorld {

    /** The legal moves of a payment, as FROM>TO: the specification the dispatcher's steps are held to. */
    static final Set<String> LEGAL_EDGES = Set.of(
            "CREATED>SENT",
            "SENT>ACCEPTED", "SENT>SETTLED", "SENT>REJECTED", "SENT>UNKNOWN",
            "ACCEPTED>SETTLED", "ACCEPTED>REJECTED", "ACCEPTED>RETURNED",
            "SETTLED>RETURNED",
            "UNKNOWN>ACCEPTED", "UNKNOWN>SETTLED", "UNKNOWN>REJECTED", "UNKNOWN>SENT", "UNKNOWN>CREATED");

    private final Map<Long, PaymentSnapshot> payments = new LinkedHashMap<>();
    private final RunLedger ledger;
    private final long total;
    private final List<Refusal> refusals = new ArrayList<>();

    LifecycleWorld(List<Long> amounts, PaymentState initial) {
        long sum = 0;
        for (int line = 0; line < amounts.size(); line++) {
            long id = line + 1;
            payments.put(id, new PaymentSnapshot(id, "ASRTEST" + id, Optional.of(7L), "P-1", "2026-11", "970415", "FUND1", "970436",
                    "00000" + id, "NGUYEN VAN A", amounts.get(line), PaymentSnapshot.Rail.INSTANT, initial));
            sum = Math.addExact(sum, amounts.get(line));
        }
        this.total = sum;
        this.ledger = RunLedger.allPending(sum);
        // Payments that start past CREATED still count as pending in the ledger: no money has moved yet.
        assertTrue(initial.bucket() == MoneyBucket.PENDING, "a world starts with its money pending");
    }

    PaymentSnapshot payment(long id) {
        return payments.get(id);
    }

    List<PaymentSnapshot> payments() {
        return List.copyOf(payments.values());
    }

    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** Writes a batch as the database would, checking every change and the money after it. */
    void commit(Decisions decisions) {
        for (Change change : decisions.changes()) {
            PaymentSnapshot stored = payments.get(change.paymentId());
            assertEquals(PaymentStates.describe(stored.state()), PaymentStates.describe(change.from()),
                    "a change is written only from the state it was decided from");
            String edge = PaymentStates.name(change.from()) + ">" + PaymentStates.name(change.to());
            assertTrue(LEGAL_EDGES.contains(edge), () -> "illegal edge " + edge);
            ledger.apply(stored.amountVnd(), new Transition.Moved(change.from(), change.to()));
            payments.put(stored.id(), stored.withState(change.to()));
        }
        refusals.addAll(decisions.refusals());
        assertMoneyConserved();
    }

    void assertMoneyConserved() {
        Map<MoneyBucket, Long> buckets = new EnumMap<>(MoneyBucket.class);
        for (PaymentSnapshot payment : payments.values()) {
            buckets.merge(payment.state().bucket(), payment.amountVnd(), Math::addExact);
        }
        long sum = 0;
        for (MoneyBucket bucket : MoneyBucket.values()) {
            long inBucket = buckets.getOrDefault(bucket, 0L);
            assertEquals(ledger.minorIn(bucket), inBucket, "bucket " + bucket);
            sum = Math.addExact(sum, inBucket);
        }
        assertEquals(total, sum, "total = pending + settled + rejected + returned");
    }
}
