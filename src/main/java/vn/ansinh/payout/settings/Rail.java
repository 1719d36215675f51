package vn.ansinh.payout.settings;

/** How a program's payments travel: one pain.001 file per run and bank, or one instant transfer per payment. */
public enum Rail {
    FILE,
    INSTANT
}
