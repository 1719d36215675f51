package vn.ansinh.payout.run;

/** What a line pays: the period's benefit, arrears owed for an earlier period, or a failed payment again. */
public enum LineKind {
    BENEFIT,
    ARREARS,
    REISSUE
}
