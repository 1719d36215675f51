package vn.ansinh.beneficiary.intake;

/** Why a whole file was refused. A refused file yields no rows: the officer fixes it and uploads it again. */
public enum FileProblemCode {
    /** No bytes, or a header and no beneficiary rows. */
    EMPTY_FILE,
    /** Neither CSV, XLSX nor a JSON array (a legacy .xls or a password-protected workbook, for instance). */
    UNSUPPORTED_FORMAT,
    /** Text that is not valid UTF-8 (or is UTF-16). */
    ENCODING,
    /** A required column has no header that names it. */
    MISSING_COLUMN,
    /** Two columns name the same field, so it is unclear which to read. */
    DUPLICATE_COLUMN,
    /** A spreadsheet cell in a column we read holds a formula; the officer must paste values. */
    FORMULA_CELL,
    /** The file's structure is broken: an unclosed quote, a JSON syntax error, a value that is an object. */
    MALFORMED,
    /** Over a size limit: bytes, rows, a cell's length, or a workbook that expands too far (a zip bomb). */
    TOO_LARGE,
    /** The same bytes were uploaded before (detected by content hash, by the caller). */
    DUPLICATE_FILE
}
