package vn.ansinh.reconciliation.parse;

/**
 * Explicit maxima for everything a hostile or broken file could make unbounded. Every parser checks them and
 * refuses the file with the limit's name when one is exceeded.
 *
 * @param bytesMax              largest input accepted, in bytes (streamed formats are counted as they are read)
 * @param wholeFileBytesMax     largest MT940 or CSV file, which are read whole
 * @param entriesPerStatementMax most entries in one statement
 * @param statementsMax         most statements in one file
 * @param nodesPerEntryMax      most XML elements inside one camt entry (bounds a batched entry's details)
 * @param textCharsMax          longest text of one XML element or MT field
 * @param entriesInMemoryMax    most entries collected when a caller asks for whole statements in memory
 */
public record ParseLimits(long bytesMax, int wholeFileBytesMax, long entriesPerStatementMax, int statementsMax,
                          int nodesPerEntryMax, int textCharsMax, int entriesInMemoryMax) {
    public ParseLimits {
        if (bytesMax <= 0 || wholeFileBytesMax <= 0 || entriesPerStatementMax <= 0 || statementsMax <= 0
                || nodesPerEntryMax <= 0 || textCharsMax <= 0 || entriesInMemoryMax <= 0) {
            throw new IllegalArgumentException("every parse limit must be positive");
        }
    }

    /** Defaults sized for a national benefit run: a million-entry camt.053 of a few GB streams within them. */
    public static ParseLimits defaults() {
        return new ParseLimits(8L * 1024 * 1024 * 1024, 64 * 1024 * 1024, 5_000_000L, 10_000, 2_000_000, 100_000,
                200_000);
    }
}
