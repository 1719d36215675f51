package vn.ansinh.iso8583.dialect;

/** Fixed-length binary sent as ASCII hex (b); the length counts hex characters. */
public final class FixedHex extends DialectField {
    public FixedHex() {
        super(LengthPrefix.FIXED, FieldContent.HEX, WireAlphabet.ASCII);
    }
}
