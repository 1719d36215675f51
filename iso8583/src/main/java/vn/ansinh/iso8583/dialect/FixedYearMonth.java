package vn.ansinh.iso8583.dialect;

/** ASCII date YYMM (n 4). */
public final class FixedYearMonth extends DialectField {
    public FixedYearMonth() {
        super(LengthPrefix.FIXED, FieldContent.YEAR_MONTH, WireAlphabet.ASCII);
    }
}
