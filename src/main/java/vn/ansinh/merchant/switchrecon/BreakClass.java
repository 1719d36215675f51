package vn.ansinh.merchant.switchrecon;

/** Why our card totals for a terminal and day differ from the other side's. */
public enum BreakClass {
    /** We booked card activity the switch (or terminal) does not report. */
    MISSING_AT_SWITCH,
    /** The switch (or terminal) reports activity we never booked. */
    MISSING_HERE,
    /** Both count the same transactions, but the đồng differ. */
    AMOUNT_MISMATCH,
    /** The number of sales or reversals differs. */
    COUNT_MISMATCH
}
