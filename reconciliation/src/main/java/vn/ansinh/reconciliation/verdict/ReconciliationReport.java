package vn.ansinh.reconciliation.verdict;

import java.util.Objects;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.match.MatchResult;

/** Verdict, the statement that justifies it, and the detail behind both. */
public record ReconciliationReport(Verdict verdict, ReconciliationStatement statement, CompletenessReport completeness,
                                   MatchResult matching) {
    public ReconciliationReport {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(matching, "matching");
    }
}
