package vn.ansinh.iso8583.dialect;

/** ASCII date YYMMDD (n 6). */
public final class FixedYearMonthDay extends DialectField {
    public FixedYearMonthDay() {
        super(LengthPrefix.FIXED, FieldContent.YEAR_MONTH_DAY, WireAlphabet.ASCII);
    }
}
