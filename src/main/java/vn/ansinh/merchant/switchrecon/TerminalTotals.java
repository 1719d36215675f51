package vn.ansinh.merchant.switchrecon;

/**
 * One terminal's card totals for a day as one side counts them: sales (count and đồng) and reversals. For a
 * terminal's 0500 the pairs are its debits and its credits.
 */
public record TerminalTotals(long count, long amountVnd, long reversalCount, long reversalVnd) {
    public static final TerminalTotals NONE = new TerminalTotals(0, 0, 0, 0);

    public TerminalTotals {
        if (count < 0 || amountVnd < 0 || reversalCount < 0 || reversalVnd < 0) {
            throw new IllegalArgumentException("counts and amounts are never negative");
        }
    }

    /** No sales and no reversals: the same as not being listed at all. */
    public boolean countsNothing() {
        return equals(NONE);
    }
}
