package vn.ansinh.iso8583.acquirer;

/**
 * Counts and sums of one terminal batch, as a 0500 states them in DE74/DE86 (credits) and DE76/DE88 (debits).
 * Amounts are minor units.
 */
public record BatchTotals(long creditCount, long creditAmountMinor, long debitCount, long debitAmountMinor) {
    public static final BatchTotals EMPTY = new BatchTotals(0, 0, 0, 0);

    public BatchTotals {
        if (creditCount < 0 || creditAmountMinor < 0 || debitCount < 0 || debitAmountMinor < 0) {
            throw new IllegalArgumentException("batch counts and amounts are never negative");
        }
        if ((creditCount == 0) != (creditAmountMinor == 0) || (debitCount == 0) != (debitAmountMinor == 0)) {
            throw new IllegalArgumentException("a count and its amount are zero together or not at all");
        }
    }

    public BatchTotals plus(JournalEntry entry) {
        return switch (entry.kind()) {
            case CREDIT -> new BatchTotals(creditCount + 1, Math.addExact(creditAmountMinor, entry.amountMinor()),
                    debitCount, debitAmountMinor);
            case DEBIT -> new BatchTotals(creditCount, creditAmountMinor, debitCount + 1,
                    Math.addExact(debitAmountMinor, entry.amountMinor()));
        };
    }
}
