package vn.ansinh.reconciliation.check;

import java.util.List;
import vn.ansinh.reconciliation.model.StatementSummary;

/**
 * Completeness of a set of statements: per-statement balance checks, cross-statement findings, and the
 * statements to match against (duplicates removed).
 */
public record CompletenessReport(List<StatementCheck> checks, List<CompletenessFinding> findings,
                                 List<StatementSummary> distinctStatements) {
    public CompletenessReport {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
        distinctStatements = List.copyOf(distinctStatements);
    }

    /** True when nothing found makes the set INCOMPLETE. */
    public boolean complete() {
        return findings.stream().noneMatch(CompletenessFinding::blocksCompleteness);
    }
}
