package vn.ansinh.recon.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.reconciliation.check.CompletenessFinding;
import vn.ansinh.reconciliation.match.AgeBucket;
import vn.ansinh.reconciliation.match.BankEntry;
import vn.ansinh.reconciliation.match.Break;
import vn.ansinh.reconciliation.match.BreakClass;
import vn.ansinh.reconciliation.match.Match;
import vn.ansinh.reconciliation.match.MatchPolicy;
import vn.ansinh.reconciliation.match.Payment;
import vn.ansinh.reconciliation.match.PaymentStatus;
import vn.ansinh.reconciliation.match.Proposal;
import vn.ansinh.reconciliation.match.ReleasedBatch;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.verdict.ReconciliationReport;
import vn.ansinh.reconciliation.verdict.Reconciler;
import vn.ansinh.reconciliation.verdict.Verdict;

/**
 * One run, as a pure function of its inputs and the people's decisions. Lines and payments a person matched or
 * unmatched are taken out; the library matches the rest; the manual matches are added back, and what was unmatched
 * and not matched again stands as a break. Every addition is balanced (as much on the matched or break side as on
 * the control side), so the residual must equal the library's, and that is checked on every run.
 */
public final class Assembler {

    static final Currency VND = Currency.getInstance("VND");

    private Assembler() {
    }

    public static Outcome assemble(Inputs inputs, Decisions decisions, MatchPolicy policy) {
        InputIndex index = new InputIndex(inputs);
        Set<LineRef> takenLines = new HashSet<>();
        Set<Long> takenPayments = new HashSet<>();
        decisions.matches().forEach(m -> { takenLines.add(m.line()); takenPayments.addAll(m.paymentIds()); });
        decisions.unmatches().forEach(u -> { takenLines.add(u.line()); takenPayments.addAll(u.paymentIds()); });
        Set<String> takenBatches = new HashSet<>();
        takenLines.forEach(ref -> index.line(ref).bankEntry().entry().batch()
                .flatMap(batch -> batch.messageId()).ifPresent(takenBatches::add));
        List<BankEntry> entries = inputs.lines().stream().filter(line -> !takenLines.contains(line.ref()))
                .map(Inputs.Line::bankEntry).toList();
        List<Payment> payments = inputs.payments().stream().filter(p -> !takenPayments.contains(p.id()))
                .map(Inputs.PaymentInput::payment).toList();
        List<ReleasedBatch> batches = inputs.batches().stream()
                .filter(batch -> !takenBatches.contains(batch.messageId())).toList();
        ReconciliationReport report = Reconciler.reconcile(VND, inputs.completeness(), entries, payments, batches,
                policy);

        List<Outcome.MatchRow> matches = new ArrayList<>();
        report.matching().matches().forEach(match -> matches.add(automatic(match, index)));
        decisions.matches().forEach(manual -> matches.add(manual(manual, index)));
        matches.sort(Comparator.comparing(Outcome.MatchRow::line));

        Set<LineRef> matchedByHand = new HashSet<>();
        Set<Long> paidByHand = new HashSet<>();
        decisions.matches().forEach(m -> { matchedByHand.add(m.line()); paidByHand.addAll(m.paymentIds()); });
        List<Break> added = new ArrayList<>();
        for (Decisions.Unmatch unmatch : decisions.unmatches()) {
            if (!matchedByHand.contains(unmatch.line())) {
                added.add(unmatchedLine(index.line(unmatch.line()), policy));
            }
            unmatch.paymentIds().stream().filter(id -> !paidByHand.contains(id)).map(index::payment)
                    .filter(p -> p.payment().status() == PaymentStatus.SETTLED)
                    .forEach(p -> added.add(unmatchedPayment(p.payment(), policy)));
        }
        List<Break> breaks = new ArrayList<>(report.matching().breaks());
        breaks.addAll(added);
        List<Outcome.BreakRow> breakRows = breaks.stream().map(problem -> row(problem, index, decisions))
                .sorted(Comparator.comparing(Outcome.BreakRow::ref)).toList();
        List<Outcome.ProposalRow> proposals = report.matching().proposals().stream()
                .map(proposal -> proposal(proposal, index)).sorted(Comparator.comparing(Outcome.ProposalRow::line))
                .toList();
        Outcome.Totals totals = Verdicts.totals(inputs, report.statement(), matches, added, breakRows);
        Verdict verdict = Verdicts.verdict(inputs, totals, matches, breakRows);
        return new Outcome(verdict, totals, Verdicts.explained(breakRows), findings(inputs), matches, proposals,
                breakRows);
    }

    private static List<String> findings(Inputs inputs) {
        String account = inputs.key().account();
        String masked = vn.ansinh.identity.Masking.account(account);
        List<String> findings = new ArrayList<>(inputs.completeness().findings().stream()
                .map(CompletenessFinding::describe).map(text -> text.replace(account, masked)).toList());
        if (inputs.statementCount() == 0) {
            findings.add("no statement of account " + masked + " covering " + inputs.key().from() + ".."
                    + inputs.key().to() + " has been received");
        }
        return findings;
    }

    private static Outcome.MatchRow automatic(Match match, InputIndex index) {
        LineRef line = index.ref(match.entryKey());
        return switch (match) {
            case Match.Single single -> new Outcome.MatchRow(line, MatchKind.SINGLE, Origin.AUTOMATIC, Optional.empty(),
                    single.confidence(), single.pending(), single.bankAmountMinor(), single.internalAmountMinor(),
                    List.of(index.payment(single.endToEndId()).id()), List.of());
            case Match.Batch batch -> new Outcome.MatchRow(line, MatchKind.BATCH, Origin.AUTOMATIC,
                    Optional.of(batch.batchMessageId()), batch.confidence(), batch.pending(), batch.bankAmountMinor(),
                    batch.internalAmountMinor(), ids(batch.endToEndIds(), index), List.of());
            case Match.Return returned -> new Outcome.MatchRow(line, MatchKind.RETURN, Origin.AUTOMATIC,
                    Optional.empty(), returned.confidence(), returned.pending(), returned.bankAmountMinor(),
                    returned.internalAmountMinor(), List.of(), ids(returned.endToEndIds(), index));
        };
    }

    private static Outcome.MatchRow manual(Decisions.ManualMatch manual, InputIndex index) {
        Entry entry = index.line(manual.line()).bankEntry().entry();
        List<Long> ids = manual.paymentIds().stream().sorted().toList();
        long internal = Verdicts.sum(ids.stream().mapToLong(id -> index.payment(id).payment().amountMinor()));
        if (internal != entry.amountMinor()) {
            throw new IllegalStateException("manual match at " + manual.line() + " no longer balances");
        }
        boolean credit = entry.direction() == vn.ansinh.reconciliation.model.Direction.CREDIT;
        MatchKind kind = credit ? MatchKind.RETURN : ids.size() == 1 ? MatchKind.SINGLE : MatchKind.BATCH;
        return new Outcome.MatchRow(manual.line(), kind, manual.origin(),
                entry.batch().flatMap(batch -> batch.messageId()), 100, entry.status() == EntryStatus.PENDING,
                entry.amountMinor(), internal, credit ? List.of() : ids, credit ? ids : List.of());
    }

    private static List<Long> ids(List<String> endToEndIds, InputIndex index) {
        return endToEndIds.stream().map(id -> index.payment(id).id()).sorted().toList();
    }

    private static Break unmatchedLine(Inputs.Line line, MatchPolicy policy) {
        Entry entry = line.bankEntry().entry();
        AgeBucket age = AgeBucket.of(entry.effectiveDate().orElse(policy.asOfDate()), policy.asOfDate());
        return new Break(BreakClass.UNMATCHED_BANK_ENTRY, BreakClass.UNMATCHED_BANK_ENTRY.priority(), age,
                entry.amountMinor(), entry.currency(), entry.amountMinor(), 0, Optional.of(line.bankEntry().key()),
                entry.effectiveEndToEndId(), "unmatched by a person: no payment explains this entry");
    }

    private static Break unmatchedPayment(Payment payment, MatchPolicy policy) {
        boolean withinGrace = !payment.statusTime().plus(policy.gracePeriod()).isBefore(policy.asOf());
        BreakClass kind = withinGrace ? BreakClass.LATE : BreakClass.UNMATCHED_PAYMENT;
        return new Break(kind, kind.priority(), AgeBucket.of(policy.dateOf(payment.statusTime()), policy.asOfDate()),
                payment.amountMinor(), payment.currency(), 0, payment.amountMinor(), Optional.empty(),
                Optional.of(payment.endToEndId()), "unmatched by a person: its bank entry is not identified");
    }

    private static Outcome.BreakRow row(Break problem, InputIndex index, Decisions decisions) {
        Optional<LineRef> line = problem.entryKey().map(index::ref);
        String ref = line.map(LineRef::ref).orElseGet(() -> "P" + problem.endToEndId().orElseThrow());
        Optional<Long> paymentId = problem.endToEndId().flatMap(index::findPayment).map(Inputs.PaymentInput::id);
        boolean writtenOff = decisions.writeOffs().stream().anyMatch(w -> w.ref().equals(ref)
                && w.breakClass() == problem.breakClass() && w.amountVnd() == problem.amountMinor());
        return new Outcome.BreakRow(ref, problem.breakClass(), problem.priority(), problem.age(), problem.amountMinor(),
                problem.bankAmountMinor(), problem.internalAmountMinor(), line, problem.endToEndId(), paymentId,
                problem.explanation(), writtenOff);
    }

    private static Outcome.ProposalRow proposal(Proposal proposal, InputIndex index) {
        return new Outcome.ProposalRow(index.ref(proposal.entryKey()), index.payment(proposal.endToEndId()).id(),
                proposal.confidence(), proposal.reason());
    }
}
