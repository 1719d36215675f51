package vn.ansinh.reconciliation.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Runs every completeness check over the statements received for one reconciliation. */
public final class CompletenessChecker {
    private CompletenessChecker() {
    }

    public static CompletenessReport check(List<StatementSummary> statements) {
        List<CompletenessFinding> findings = new ArrayList<>();
        List<StatementSummary> distinct = deduplicate(statements, findings);
        List<StatementCheck> checks = new ArrayList<>();
        for (StatementSummary statement : distinct) {
            BalanceCheck balance = BalanceChecker.check(statement);
            checks.add(new StatementCheck(statement, balance));
            String key = statement.header().identityKey();
            switch (balance) {
                case BalanceCheck.Inconsistent inconsistent ->
                        findings.add(new CompletenessFinding.BalanceMismatch(key, inconsistent));
                case BalanceCheck.NotCheckable notCheckable -> {
                    if (statement.header().format().carriesBalances()) {
                        findings.add(new CompletenessFinding.MissingBalances(key));
                    }
                }
                case BalanceCheck.Consistent consistent -> {
                }
                case BalanceCheck.ConsistentByValueDate consistent -> {
                }
            }
            if (statement.declaredEntryCount().isPresent()
                    && statement.declaredEntryCount().getAsLong() != statement.entryCount()) {
                findings.add(new CompletenessFinding.DeclaredTotalsMismatch(key, "bank declared "
                        + statement.declaredEntryCount().getAsLong() + " entries, " + statement.entryCount() + " read"));
            }
        }
        findings.addAll(sequenceGaps(distinct));
        return new CompletenessReport(checks, findings, distinct);
    }

    /** The same identity twice: identical totals is a harmless re-delivery, different totals a conflict. */
    private static List<StatementSummary> deduplicate(List<StatementSummary> statements,
                                                      List<CompletenessFinding> findings) {
        Map<String, StatementSummary> byKey = new LinkedHashMap<>();
        for (StatementSummary statement : statements) {
            String key = statement.header().identityKey();
            StatementSummary earlier = byKey.putIfAbsent(key, statement);
            if (earlier == null) {
                continue;
            }
            findings.add(sameContent(earlier, statement) ? new CompletenessFinding.DuplicateStatement(key)
                    : new CompletenessFinding.ConflictingStatement(key));
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean sameContent(StatementSummary left, StatementSummary right) {
        return left.balances().equals(right.balances()) && left.creditTotalMinor() == right.creditTotalMinor()
                && left.debitTotalMinor() == right.debitTotalMinor() && left.entryCount() == right.entryCount();
    }

    private static List<CompletenessFinding> sequenceGaps(List<StatementSummary> statements) {
        Map<String, TreeSet<Long>> byAccount = new TreeMap<>();
        for (StatementSummary statement : statements) {
            if (statement.header().sequence().isPresent() && statement.header().account().isPresent()) {
                byAccount.computeIfAbsent(statement.header().account().get(), account -> new TreeSet<>())
                        .add(statement.header().sequence().getAsLong());
            }
        }
        List<CompletenessFinding> gaps = new ArrayList<>();
        byAccount.forEach((account, sequences) -> {
            Long previous = null;
            for (long sequence : sequences) {
                if (previous != null && sequence > previous + 1) {
                    gaps.add(new CompletenessFinding.SequenceGap(account, previous + 1, sequence - 1));
                }
                previous = sequence;
            }
        });
        gaps.sort(Comparator.comparing(CompletenessFinding::describe));
        return gaps;
    }
}
