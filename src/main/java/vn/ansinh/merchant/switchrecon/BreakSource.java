package vn.ansinh.merchant.switchrecon;

/** Whose totals ours were compared with. */
public enum BreakSource {
    /** The switch's clearing file. */
    CLEARING_FILE,
    /** A terminal's 0500 batch totals, as the host received them. */
    TERMINAL_BATCH
}
