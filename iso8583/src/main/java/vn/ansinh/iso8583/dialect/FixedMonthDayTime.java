package vn.ansinh.iso8583.dialect;

/** ASCII date and time MMDDhhmmss (n 10). */
public final class FixedMonthDayTime extends DialectField {
    public FixedMonthDayTime() {
        super(LengthPrefix.FIXED, FieldContent.MONTH_DAY_TIME, WireAlphabet.ASCII);
    }
}
