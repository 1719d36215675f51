package vn.ansinh.iso8583.dialect;

/** Fixed-length printable ASCII (ans). */
public final class FixedText extends DialectField {
    public FixedText() {
        super(LengthPrefix.FIXED, FieldContent.TEXT, WireAlphabet.ASCII);
    }
}
