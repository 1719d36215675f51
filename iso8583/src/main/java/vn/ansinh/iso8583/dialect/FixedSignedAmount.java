package vn.ansinh.iso8583.dialect;

/** Fixed-length C/D indicator and digits (x+n); the length counts the indicator. */
public final class FixedSignedAmount extends DialectField {
    public FixedSignedAmount() {
        super(LengthPrefix.FIXED, FieldContent.SIGNED_AMOUNT, WireAlphabet.ASCII);
    }
}
