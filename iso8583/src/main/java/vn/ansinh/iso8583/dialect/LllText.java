package vn.ansinh.iso8583.dialect;

/** Three ASCII length digits, then printable ASCII (ans...). */
public final class LllText extends DialectField {
    public LllText() {
        super(LengthPrefix.LLL, FieldContent.TEXT, WireAlphabet.ASCII);
    }
}
