package vn.ansinh.iso8583.dialect;

/** Two ASCII length digits, then letters, digits and spaces (an..). */
public final class LlAlphanumeric extends DialectField {
    public LlAlphanumeric() {
        super(LengthPrefix.LL, FieldContent.ALPHANUMERIC, WireAlphabet.ASCII);
    }
}
