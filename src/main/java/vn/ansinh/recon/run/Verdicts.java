package vn.ansinh.recon.run;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import vn.ansinh.reconciliation.match.Break;
import vn.ansinh.reconciliation.match.BreakClass;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.verdict.ReconciliationStatement;
import vn.ansinh.reconciliation.verdict.Verdict;

/**
 * The verdict and the reconciliation statement after people's decisions, by the library's rules: INCOMPLETE when a
 * statement is missing or does not add up, BREAKS for any open break but LATE or any residual, RECONCILED_WITH_PENDING
 * for open LATE breaks or pending entries, else RECONCILED. A written-off break is explained, not open.
 */
final class Verdicts {

    private Verdicts() {
    }

    static Verdict verdict(Inputs inputs, Outcome.Totals totals, List<Outcome.MatchRow> matches,
                           List<Outcome.BreakRow> breaks) {
        if (!inputs.completeness().complete() || inputs.statementCount() == 0) {
            return Verdict.INCOMPLETE;
        }
        List<Outcome.BreakRow> open = breaks.stream().filter(problem -> !problem.writtenOff()).toList();
        if (totals.residualVnd() != 0 || open.stream().anyMatch(problem -> problem.breakClass() != BreakClass.LATE)) {
            return Verdict.BREAKS;
        }
        boolean pending = !open.isEmpty() || matches.stream().anyMatch(Outcome.MatchRow::pending);
        return pending ? Verdict.RECONCILED_WITH_PENDING : Verdict.RECONCILED;
    }

    static Outcome.Totals totals(Inputs inputs, ReconciliationStatement library, List<Outcome.MatchRow> matches,
                                 List<Break> added, List<Outcome.BreakRow> breaks) {
        long bankControl = sum(inputs.lines().stream().map(line -> line.bankEntry().entry())
                .filter(entry -> entry.status() != EntryStatus.INFO).mapToLong(Entry::amountMinor));
        List<Outcome.MatchRow> manual = matches.stream().filter(m -> m.origin() != Origin.AUTOMATIC).toList();
        long manualBank = sum(manual.stream().mapToLong(Outcome.MatchRow::bankAmountVnd));
        long manualInternal = sum(manual.stream().mapToLong(Outcome.MatchRow::internalAmountVnd));
        long addedBank = sum(added.stream().mapToLong(Break::bankAmountMinor));
        long addedInternal = sum(added.stream().mapToLong(Break::internalAmountMinor));
        long internalControl = Math.addExact(library.internalControlTotalMinor(), manualInternal + addedInternal);
        long matchedBank = Math.addExact(library.matchedBankMinor(), manualBank);
        long matchedInternal = Math.addExact(library.matchedInternalMinor(), manualInternal);
        long breakBank = sum(breaks.stream().mapToLong(Outcome.BreakRow::bankAmountVnd));
        long breakInternal = sum(breaks.stream().mapToLong(Outcome.BreakRow::internalAmountVnd));
        long residual = Math.addExact(Math.abs(bankControl - matchedBank - breakBank),
                Math.abs(internalControl - matchedInternal - breakInternal));
        if (bankControl != library.bankControlTotalMinor() + manualBank + addedBank
                || residual != library.unexplainedResidualMinor()) {
            throw new IllegalStateException("people's decisions unbalanced the reconciliation statement: bank control "
                    + bankControl + ", residual " + residual + " vs the matcher's " + library.unexplainedResidualMinor());
        }
        long writtenOff = sum(breaks.stream().filter(Outcome.BreakRow::writtenOff).mapToLong(Outcome.BreakRow::amountVnd));
        return new Outcome.Totals(bankControl, internalControl, matchedBank, matchedInternal, writtenOff, residual);
    }

    static Map<BreakClass, Outcome.ClassTotal> explained(List<Outcome.BreakRow> breaks) {
        Map<BreakClass, Outcome.ClassTotal> explained = new EnumMap<>(BreakClass.class);
        for (Outcome.BreakRow problem : breaks) {
            Outcome.ClassTotal before = explained.getOrDefault(problem.breakClass(), new Outcome.ClassTotal(0, 0, 0));
            explained.put(problem.breakClass(), new Outcome.ClassTotal(before.count() + 1,
                    Math.addExact(before.amountVnd(), problem.amountVnd()),
                    Math.addExact(before.writtenOffVnd(), problem.writtenOff() ? problem.amountVnd() : 0)));
        }
        return explained;
    }

    static long sum(LongStream amounts) {
        return amounts.reduce(0L, Math::addExact);
    }
}
