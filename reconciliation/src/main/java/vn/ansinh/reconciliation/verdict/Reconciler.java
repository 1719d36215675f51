package vn.ansinh.reconciliation.verdict;

import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.match.BankEntry;
import vn.ansinh.reconciliation.match.Break;
import vn.ansinh.reconciliation.match.BreakClass;
import vn.ansinh.reconciliation.match.Match;
import vn.ansinh.reconciliation.match.MatchPolicy;
import vn.ansinh.reconciliation.match.MatchResult;
import vn.ansinh.reconciliation.match.Matcher;
import vn.ansinh.reconciliation.match.Payment;
import vn.ansinh.reconciliation.match.PaymentStatus;
import vn.ansinh.reconciliation.match.ReleasedBatch;
import vn.ansinh.reconciliation.model.EntryStatus;

/** Runs matching over one currency and decides the verdict from completeness, breaks and the residual. */
public final class Reconciler {
    private Reconciler() {
    }

    public static ReconciliationReport reconcile(Currency currency, CompletenessReport completeness,
                                                 List<BankEntry> entries, List<Payment> payments,
                                                 List<ReleasedBatch> batches, MatchPolicy policy) {
        Set<Currency> seen = Stream.concat(entries.stream().map(e -> e.entry().currency()),
                Stream.concat(payments.stream().map(Payment::currency), batches.stream().map(ReleasedBatch::currency)))
                .collect(Collectors.toSet());
        if (!seen.isEmpty() && !seen.equals(Set.of(currency))) {
            throw new IllegalArgumentException("reconcile one currency at a time; got " + seen);
        }
        MatchResult result = Matcher.match(entries, payments, batches, policy);
        ReconciliationStatement statement = statement(currency, entries, payments, batches, result);
        return new ReconciliationReport(verdict(completeness, result, statement), statement, completeness, result);
    }

    static Verdict verdict(CompletenessReport completeness, MatchResult result, ReconciliationStatement statement) {
        if (!completeness.complete()) {
            return Verdict.INCOMPLETE;
        }
        boolean hardBreaks = result.breaks().stream().anyMatch(b -> b.breakClass() != BreakClass.LATE);
        if (hardBreaks || statement.unexplainedResidualMinor() != 0) {
            return Verdict.BREAKS;
        }
        boolean pending = !result.breaks().isEmpty() || result.matches().stream().anyMatch(Match::pending);
        return pending ? Verdict.RECONCILED_WITH_PENDING : Verdict.RECONCILED;
    }

    static ReconciliationStatement statement(Currency currency, List<BankEntry> entries, List<Payment> payments,
                                             List<ReleasedBatch> batches, MatchResult result) {
        long bankControl = entries.stream().filter(e -> e.entry().status() != EntryStatus.INFO)
                .mapToLong(e -> e.entry().amountMinor()).reduce(0L, Math::addExact);
        long internalControl = internalControl(payments, batches, result);
        long matchedBank = result.matches().stream().mapToLong(Match::bankAmountMinor).reduce(0L, Math::addExact);
        long matchedInternal = result.matches().stream().mapToLong(Match::internalAmountMinor).reduce(0L, Math::addExact);
        long breakBank = result.breaks().stream().mapToLong(Break::bankAmountMinor).reduce(0L, Math::addExact);
        long breakInternal = result.breaks().stream().mapToLong(Break::internalAmountMinor).reduce(0L, Math::addExact);
        long residual = Math.addExact(Math.abs(bankControl - matchedBank - breakBank),
                Math.abs(internalControl - matchedInternal - breakInternal));
        Map<BreakClass, Long> explained = new EnumMap<>(BreakClass.class);
        Map<BreakClass, Long> counts = new EnumMap<>(BreakClass.class);
        for (Break problem : result.breaks()) {
            explained.merge(problem.breakClass(), problem.amountMinor(), Math::addExact);
            counts.merge(problem.breakClass(), 1L, Math::addExact);
        }
        return new ReconciliationStatement(currency, bankControl, internalControl, matchedBank, matchedInternal,
                explained, counts, residual);
    }

    /**
     * Σ of what the engine expects on the statement, from the input amounts: every settled or claimed payment,
     * except those inside a claimed batch which count through the batch's control sum, plus returned payments.
     */
    private static long internalControl(List<Payment> payments, List<ReleasedBatch> batches, MatchResult result) {
        long total = 0;
        for (Payment payment : payments) {
            boolean expected = payment.status() == PaymentStatus.SETTLED
                    || result.outboundClaimed().contains(payment.endToEndId());
            boolean inClaimedBatch = payment.batchMessageId().map(result.batchesClaimed()::contains).orElse(false);
            if (expected && !inClaimedBatch) {
                total = Math.addExact(total, payment.amountMinor());
            }
            if (result.returnClaimed().contains(payment.endToEndId())) {
                total = Math.addExact(total, payment.amountMinor());
            }
        }
        for (ReleasedBatch batch : batches) {
            if (result.batchesClaimed().contains(batch.messageId())) {
                total = Math.addExact(total, batch.controlSumMinor());
            }
        }
        return total;
    }
}
