package vn.ansinh.recon.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.match.Break;
import vn.ansinh.reconciliation.match.BreakClass;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.verdict.ReconciliationReport;
import vn.ansinh.reconciliation.verdict.Reconciler;
import vn.ansinh.reconciliation.verdict.Verdict;

class AssemblerPropertyTest {

    /** Per payment: 0 booked exactly, 1 booked 7 đồng more, 2 not booked, 3 booked twice, 4 sent late in the day and not booked. */
    static Inputs scenario(List<Integer> kinds) {
        RunFixtures fixtures = new RunFixtures();
        for (int i = 0; i < kinds.size(); i++) {
            String id = "E2E" + i;
            long amount = 100_000L + 1_000L * i;
            Instant sent = kinds.get(i) == 4 ? RunFixtures.KEY.asOf().minusSeconds(3_600) : RunFixtures.SENT;
            fixtures.payment(i + 1, id, amount, "ACCEPTED", sent);
            switch (kinds.get(i)) {
                case 0 -> fixtures.line(amount, Direction.DEBIT, Optional.of(id));
                case 1 -> fixtures.line(amount + 7, Direction.DEBIT, Optional.of(id));
                case 3 -> fixtures.line(amount, Direction.DEBIT, Optional.of(id)).line(amount, Direction.DEBIT,
                        Optional.of(id));
                default -> { }
            }
        }
        return fixtures.line(55_555, Direction.DEBIT, Optional.empty()).inputs();
    }

    @Test
    void withoutDecisionsTheEngineAgreesWithTheLibrary() {
        // Proves that, with no person's decision, verdict, totals and break classes are exactly the library's.
        qt().forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 30)).checkAssert(kinds -> {
            Inputs inputs = scenario(kinds);
            Outcome outcome = Assembler.assemble(inputs, Decisions.none(), RunFixtures.policy());
            ReconciliationReport library = Reconciler.reconcile(Assembler.VND, inputs.completeness(),
                    inputs.lines().stream().map(Inputs.Line::bankEntry).toList(),
                    inputs.payments().stream().map(Inputs.PaymentInput::payment).toList(), List.of(),
                    RunFixtures.policy());
            assertEquals(library.verdict(), outcome.verdict());
            assertEquals(library.statement().bankControlTotalMinor(), outcome.totals().bankControlVnd());
            assertEquals(library.statement().internalControlTotalMinor(), outcome.totals().internalControlVnd());
            assertEquals(library.statement().matchedBankMinor(), outcome.totals().matchedBankVnd());
            assertEquals(library.statement().unexplainedResidualMinor(), outcome.totals().residualVnd());
            assertEquals(library.matching().breaks().stream().map(Break::breakClass).sorted().toList(),
                    outcome.breaks().stream().map(Outcome.BreakRow::breakClass).sorted().toList());
        });
    }

    @Test
    void writingOffEveryBreakLeavesNoBreaksVerdictAndKeepsTheAmounts() {
        // Proves that write-offs explain breaks without hiding them: still listed, amounts kept, verdict not BREAKS.
        qt().forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 30)).checkAssert(kinds -> {
            Inputs inputs = scenario(kinds);
            Outcome before = Assembler.assemble(inputs, Decisions.none(), RunFixtures.policy());
            var writeOffs = before.breaks().stream().map(b -> new Decisions.WriteOff(b.ref(), b.breakClass(),
                    b.amountVnd())).toList();
            Outcome after = Assembler.assemble(inputs, new Decisions(List.of(), List.of(), writeOffs),
                    RunFixtures.policy());
            assertEquals(Verdict.RECONCILED, after.verdict());
            assertEquals(before.breaks().size(), after.breaks().size());
            assertEquals(before.breaks().stream().mapToLong(Outcome.BreakRow::amountVnd).sum(),
                    after.totals().writtenOffVnd());
            assertEquals(before.totals().residualVnd(), after.totals().residualVnd());
        });
    }

    @Test
    void unmatchingEveryAutomaticMatchTurnsItIntoBreaksAndBalances() {
        // Proves that unmatched lines and payments stand as breaks and the statement still balances (no residual).
        qt().forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 30)).checkAssert(kinds -> {
            Inputs inputs = scenario(kinds);
            Outcome before = Assembler.assemble(inputs, Decisions.none(), RunFixtures.policy());
            var unmatches = new ArrayList<Decisions.Unmatch>();
            before.matches().forEach(m -> unmatches.add(new Decisions.Unmatch(m.line(), m.outboundPaymentIds())));
            Outcome after = Assembler.assemble(inputs, new Decisions(List.of(), unmatches, List.of()),
                    RunFixtures.policy());
            assertEquals(0, after.matches().size());
            assertEquals(before.totals().bankControlVnd(), after.totals().bankControlVnd());
            assertEquals(before.totals().residualVnd(), after.totals().residualVnd());
            // Every line now stands as a break of its own; a second line naming an unmatched payment loses its
            // DUPLICATE class, as its payment is out of automatic matching altogether.
            assertEquals(inputs.lines().stream().map(Inputs.Line::ref).sorted().toList(), after.breaks().stream()
                    .flatMap(b -> b.line().stream()).sorted().toList());
            long unmatchedLines = after.breaks().stream()
                    .filter(b -> b.breakClass() == BreakClass.UNMATCHED_BANK_ENTRY).count();
            long before0 = before.breaks().stream().filter(b -> b.breakClass() == BreakClass.UNMATCHED_BANK_ENTRY).count();
            assertTrue(unmatchedLines >= before0 + before.matches().size());
            assertEquals(unmatches.isEmpty() ? before.verdict() : Verdict.BREAKS, after.verdict());
        });
    }

    @Test
    void aConfirmedProposalMatchesTheLineToThePayment() {
        // Proves that a confirmed proposal removes both breaks it resolves and reconciles.
        Inputs inputs = new RunFixtures().payment(1, "OURS1", 720_000, "ACCEPTED", RunFixtures.SENT)
                .line(720_000, Direction.DEBIT, Optional.of("THEIRS1")).inputs();
        Outcome before = Assembler.assemble(inputs, Decisions.none(), RunFixtures.policy());
        assertEquals(Verdict.BREAKS, before.verdict());
        Outcome.ProposalRow proposal = before.proposals().getFirst();
        Outcome after = Assembler.assemble(inputs, new Decisions(List.of(new Decisions.ManualMatch(proposal.line(),
                List.of(proposal.paymentId()), Origin.PROPOSAL_CONFIRMED)), List.of(), List.of()), RunFixtures.policy());
        assertEquals(Verdict.RECONCILED, after.verdict());
        assertEquals(List.of(), after.breaks());
        assertEquals(Origin.PROPOSAL_CONFIRMED, after.matches().getFirst().origin());
        assertEquals(720_000, after.totals().matchedBankVnd());
        assertEquals(before.digest(), Assembler.assemble(inputs, Decisions.none(), RunFixtures.policy()).digest());
    }

}
