package vn.ansinh.payout.run;

/** A REGULAR run pays a period to the enrolled; a REISSUE run pays chosen failed payments again. */
public enum RunKind {
    REGULAR,
    REISSUE
}
