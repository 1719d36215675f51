package vn.ansinh.iso8583.dialect;

/** ASCII date MMDD (n 4). */
public final class FixedMonthDay extends DialectField {
    public FixedMonthDay() {
        super(LengthPrefix.FIXED, FieldContent.MONTH_DAY, WireAlphabet.ASCII);
    }
}
