package vn.ansinh.iso8583.dialect;

/** Two ASCII length digits, then printable ASCII (ans..). */
public final class LlText extends DialectField {
    public LlText() {
        super(LengthPrefix.LL, FieldContent.TEXT, WireAlphabet.ASCII);
    }
}
