package vn.ansinh.beneficiary.intake;

/**
 * The limits every uploaded list is held to; a file over any of them is refused with TOO_LARGE. The defaults
 * admit a 1,000,000-row list; the lead's configuration maps {@code ansinh.intake.*} onto these.
 *
 * @param fileBytesMax              size of the uploaded file
 * @param rowsMax                   beneficiary rows in one file
 * @param cellCharsMax              characters in one cell (a name, an address); longer means garbage or attack
 * @param columnsMax                columns in the header
 * @param xlsxUncompressedBytesMax  all entries of a workbook, expanded
 * @param xlsxCompressionRatioMax   expanded size over compressed size of any large entry; zip bombs reach 1000s
 * @param xlsxEntriesMax            entries in a workbook's zip
 * @param amountVndMax              one row's amount; a sanity bound, not the benefit policy's cap
 */
public record IntakeLimits(
        long fileBytesMax,
        long rowsMax,
        int cellCharsMax,
        int columnsMax,
        long xlsxUncompressedBytesMax,
        long xlsxCompressionRatioMax,
        int xlsxEntriesMax,
        long amountVndMax) {

    public IntakeLimits {
        requirePositive(fileBytesMax, "fileBytesMax");
        requirePositive(rowsMax, "rowsMax");
        requirePositive(cellCharsMax, "cellCharsMax");
        requirePositive(columnsMax, "columnsMax");
        requirePositive(xlsxUncompressedBytesMax, "xlsxUncompressedBytesMax");
        requirePositive(xlsxCompressionRatioMax, "xlsxCompressionRatioMax");
        requirePositive(xlsxEntriesMax, "xlsxEntriesMax");
        requirePositive(amountVndMax, "amountVndMax");
    }

    public static IntakeLimits defaults() {
        return new IntakeLimits(
                256L * 1024 * 1024,
                1_000_000,
                1_000,
                200,
                2L * 1024 * 1024 * 1024,
                200,
                1_000,
                1_000_000_000L);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be more than 0: " + value);
        }
    }
}
