package vn.ansinh.iso8583.dialect;

/** Fixed-length ASCII letters, digits and spaces (an). */
public final class FixedAlphanumeric extends DialectField {
    public FixedAlphanumeric() {
        super(LengthPrefix.FIXED, FieldContent.ALPHANUMERIC, WireAlphabet.ASCII);
    }
}
