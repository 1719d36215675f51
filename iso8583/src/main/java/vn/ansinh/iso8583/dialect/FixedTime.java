package vn.ansinh.iso8583.dialect;

/** ASCII time hhmmss (n 6). */
public final class FixedTime extends DialectField {
    public FixedTime() {
        super(LengthPrefix.FIXED, FieldContent.TIME, WireAlphabet.ASCII);
    }
}
