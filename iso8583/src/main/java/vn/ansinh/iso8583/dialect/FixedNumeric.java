package vn.ansinh.iso8583.dialect;

/** Fixed-length ASCII digits (n). */
public final class FixedNumeric extends DialectField {
    public FixedNumeric() {
        super(LengthPrefix.FIXED, FieldContent.NUMERIC, WireAlphabet.ASCII);
    }
}
