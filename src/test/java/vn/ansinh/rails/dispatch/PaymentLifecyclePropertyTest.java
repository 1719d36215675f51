package vn.ansinh.rails.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.bank.InstantAnswer;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;
import vn.ansinh.rails.lifecycle.Refusal;
import vn.ansinh.rails.pain002.StatusReportItem;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.reason.ReportedReason;
import vn.ansinh.rails.state.PaymentState;

/**
 * Random interleavings of the instant rail — claims, bank answers, held and failed answers, answers lost before the
 * bank, engines dying between call and record, late duplicate reports and returns — applied through the dispatcher's
 * own steps ({@link InstantSteps}, {@link ReportSteps}) and committed batch by batch like the database does.
 */
class PaymentLifecyclePropertyTest {

    /** What happens to one claimed row's call. */
    enum Fault { ANSWERED, HELD_AFTER_BOOKING, ERROR_AFTER_BOOKING, LOST_BEFORE_BANK, DIED_AFTER_CALL }

    /** A row of the in-memory outbox. */
    record Row(boolean send, long paymentId) {
    }

    @Test
    void instantInterleavingsNeverReachAnIllegalStateAndConserveMoney() {
        // Proves that whatever the bank and the engine's crashes do, every move is a legal edge, money is conserved
        // after every batch, no id reaches the bank twice, and once the bank answers truthfully every payment ends
        // in a final state that agrees with the bank's ledger.
        qt().withExamples(400).forAll(
                lists().of(longs().between(1, 50_000_000)).ofSizeBetween(1, 6),
                integers().between(0, 63),
                lists().of(integers().allPositive()).ofSizeBetween(0, 250))
                .checkAssert((amounts, refusedMask, steps) -> {
                    InstantRun run = new InstantRun(amounts, refusedMask);
                    steps.forEach(run::step);
                    run.drain();
                    run.assertAgreesWithTheBank();
                });
    }

    @Test
    void fileReportsNeverReachAnIllegalStateAndConserveMoney() {
        // Proves that any sequence of pain.002 statuses (known, unknown, unreadable, repeated), group rejections and
        // returns (right and wrong amounts) moves sent file payments only along legal edges, conserves money, never
        // leaves a terminal state, and records every report about an unknown id or a wrong amount as a refusal.
        qt().withExamples(400).forAll(
                lists().of(longs().between(1, 50_000_000)).ofSizeBetween(1, 6),
                lists().of(integers().allPositive()).ofSizeBetween(0, 120))
                .checkAssert((amounts, steps) -> {
                    LifecycleWorld world = new LifecycleWorld(amounts, PaymentState.SENT);
                    for (int step : steps) {
                        fileStep(world, step);
                    }
                    world.assertMoneyConserved();
                });
    }

    private static void fileStep(LifecycleWorld world, int step) {
        List<PaymentSnapshot> payments = world.payments();
        PaymentSnapshot target = payments.get(step % payments.size());
        Map<String, PaymentSnapshot> byEndToEndId = byEndToEndId(world);
        Decisions decisions = new Decisions(payments.size() + 1);
        PaymentState before = target.state();
        Optional<Refusal.Kind> expectedRefusal = Optional.empty();
        switch ((step / 7) % 6) {
            case 0, 1 -> {
                String status = List.of("ACSC", "ACCP", "RJCT", "PDNG", "ZZZZ").get((step / 43) % 5);
                boolean unknownId = (step / 211) % 9 == 0;
                ReportSteps.fileStatus(decisions, 7, "970415", byEndToEndId, new StatusReportItem.TransactionStatus(
                        Optional.empty(), Optional.of(unknownId ? "ASRUNKNOWN" : target.endToEndId()),
                        Optional.of(status), List.of(new ReportedReason(Optional.of(ReasonCode.of("AC01")),
                                Optional.empty(), List.of()))), "pain002:TEST");
                expectedRefusal = unknownId ? Optional.of(Refusal.Kind.UNKNOWN_PAYMENT)
                        : status.equals("ZZZZ") ? Optional.of(Refusal.Kind.UNREADABLE) : Optional.empty();
            }
            case 2 -> ReportSteps.fileRejected(decisions, target, ReasonCode.of("AM18"), "pain002:TEST");
            case 3, 4 -> {
                boolean wrongAmount = (step / 211) % 4 == 0;
                ReportSteps.returned(decisions, "970415", byEndToEndId, new ReturnNotice(1, target.endToEndId(),
                        target.amountVnd() + (wrongAmount ? 1 : 0), ReasonCode.of("MD07")), "camt054:TEST");
                expectedRefusal = wrongAmount ? Optional.of(Refusal.Kind.AMOUNT_MISMATCH) : Optional.empty();
            }
            default -> {
                ReportSteps.fileStatus(decisions, 7, "970415", byEndToEndId, new StatusReportItem.TransactionStatus(
                        Optional.empty(), Optional.empty(), Optional.of("ACSC"), List.of()), "pain002:TEST");
                expectedRefusal = Optional.of(Refusal.Kind.UNREADABLE);
            }
        }
        expectedRefusal.ifPresent(kind -> {
            assertEquals(kind, decisions.refusals().getLast().kind());
            assertTrue(decisions.changes().isEmpty(), "a refused report moved a payment");
        });
        world.commit(decisions);
        if (before.isTerminal()) {
            assertEquals(before, world.payment(target.id()).state(), "left a terminal state");
        }
    }

    private static Map<String, PaymentSnapshot> byEndToEndId(LifecycleWorld world) {
        Map<String, PaymentSnapshot> byId = new HashMap<>();
        world.payments().forEach(payment -> byId.put(payment.endToEndId(), payment));
        return byId;
    }

    /** One run on the instant rail, the in-memory outbox and a simulated bank. */
    static final class InstantRun {
        private final LifecycleWorld world;
        private final SimulatedBank bank;
        private final List<Row> outbox = new ArrayList<>();

        InstantRun(List<Long> amounts, int refusedMask) {
            this.world = new LifecycleWorld(amounts, PaymentState.CREATED);
            Set<String> refused = new HashSet<>();
            for (PaymentSnapshot payment : world.payments()) {
                if ((refusedMask >> (payment.id() - 1) & 1) == 1) {
                    refused.add(payment.endToEndId());
                }
                outbox.add(new Row(true, payment.id()));
            }
            this.bank = new SimulatedBank(refused);
        }

        void step(int step) {
            switch (step % 8) {
                case 0, 1, 2, 3, 4 -> {
                    if (!outbox.isEmpty()) {
                        Fault fault = Fault.values()[(step / 97) % Fault.values().length];
                        work(outbox.get((step / 8) % outbox.size()), fault);
                    }
                }
                case 5 -> lateReport(world.payments().get((step / 8) % world.payments().size()));
                case 6 -> returned(world.payments().get((step / 8) % world.payments().size()), (step / 97) % 3 == 0);
                default -> {
                    // Time passes: leases run out, which the next claim of a row left behind discovers.
                }
            }
        }

        /** Works every row left, with a bank that now answers every call, until the outbox is empty. */
        void drain() {
            for (int round = 0; round < 1_000 && !outbox.isEmpty(); round++) {
                work(outbox.getFirst(), Fault.ANSWERED);
            }
            assertTrue(outbox.isEmpty(), "rows left after the bank answered everything: " + outbox);
        }

        void assertAgreesWithTheBank() {
            for (PaymentSnapshot payment : world.payments()) {
                String id = payment.endToEndId();
                assertEquals(0, bank.duplicates(id), id + " reached the bank twice");
                Optional<SimulatedBank.Outcome> truth = bank.outcome(id);
                switch (payment.state()) {
                    case PaymentState.Settled _ -> assertTrue(truth.filter(outcome ->
                            outcome != SimulatedBank.Outcome.REJECTED).isPresent(),
                            id + " settled, bank says " + truth);
                    case PaymentState.Rejected _ -> assertEquals(Optional.of(SimulatedBank.Outcome.REJECTED), truth);
                    case PaymentState.Returned _ -> assertEquals(Optional.of(SimulatedBank.Outcome.RETURNED), truth);
                    default -> throw new AssertionError(id + " still pending after the bank answered: " + payment);
                }
            }
        }

        /** Claim, call, record — the three steps of the dispatcher, with the given fault on the call. */
        private void work(Row row, Fault fault) {
            Decisions claim = new Decisions(1);
            PaymentSnapshot payment = world.payment(row.paymentId());
            PaymentState beforeClaim = payment.state();
            InstantSteps.OnClaim onClaim = row.send() ? InstantSteps.claimSend(claim, payment)
                    : InstantSteps.claimQuery(claim, payment);
            world.commit(claim);
            switch (onClaim) {
                case NOTHING -> outbox.remove(row);
                case QUERY_INSTEAD -> replace(row, new Row(false, row.paymentId()));
                case CALL -> {
                    if (row.send()) {
                        assertTrue(beforeClaim instanceof PaymentState.Created, "sent from " + beforeClaim);
                    }
                    call(row, fault);
                }
            }
        }

        private void call(Row row, Fault fault) {
            String id = world.payment(row.paymentId()).endToEndId();
            InstantAnswer answer = switch (fault) {
                case ANSWERED -> row.send() ? bank.receive(id) : bank.query(id);
                case HELD_AFTER_BOOKING, ERROR_AFTER_BOOKING -> {
                    if (row.send()) {
                        bank.receive(id);
                    }
                    yield new InstantAnswer.NoAnswer(fault.name());
                }
                case LOST_BEFORE_BANK -> new InstantAnswer.NoAnswer(fault.name());
                case DIED_AFTER_CALL -> {
                    if (row.send()) {
                        bank.receive(id);
                    }
                    yield null;
                }
            };
            if (answer == null) {
                return;
            }
            Decisions record = new Decisions(1);
            PaymentSnapshot current = world.payment(row.paymentId());
            InstantSteps.FollowUp next = row.send() ? InstantSteps.afterSend(record, current, answer)
                    : InstantSteps.afterQuery(record, current, answer);
            world.commit(record);
            switch (next) {
                case NONE -> outbox.remove(row);
                case QUERY -> replace(row, new Row(false, row.paymentId()));
                case SEND -> replace(row, new Row(true, row.paymentId()));
                case RETRY -> {
                    // The row stays and is asked again.
                }
            }
        }

        /** A late copy of the bank's real answer, arriving after the engine may already know it. */
        private void lateReport(PaymentSnapshot payment) {
            bank.outcome(payment.endToEndId()).ifPresent(outcome -> {
                Decisions decisions = new Decisions(1);
                InstantSteps.afterSend(decisions, payment, bank.query(payment.endToEndId()));
                world.commit(decisions);
            });
        }

        private void returned(PaymentSnapshot payment, boolean wrongAmount) {
            if (!bank.returnBooked(payment.endToEndId())) {
                return;
            }
            long amount = wrongAmount ? payment.amountVnd() + 1 : payment.amountVnd();
            Decisions decisions = new Decisions(1);
            ReportSteps.returned(decisions, "970415", byEndToEndId(world),
                    new ReturnNotice(1, payment.endToEndId(), amount, ReasonCode.of("MD07")), "camt054:TEST");
            world.commit(decisions);
        }

        private void replace(Row row, Row next) {
            outbox.remove(row);
            outbox.add(next);
        }
    }
}
