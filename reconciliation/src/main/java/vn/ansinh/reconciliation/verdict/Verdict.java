package vn.ansinh.reconciliation.verdict;

/** Outcome of a reconciliation, worst first: the first that applies is the verdict. */
public enum Verdict {
    /** Statements missing, duplicated with conflicts, or not adding up: matching results cannot be trusted. */
    INCOMPLETE,
    /** At least one break other than LATE, or an unexplained residual. */
    BREAKS,
    /** Everything explained, but some items are pending or late within grace. */
    RECONCILED_WITH_PENDING,
    RECONCILED
}
