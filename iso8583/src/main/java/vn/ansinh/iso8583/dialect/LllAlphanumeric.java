package vn.ansinh.iso8583.dialect;

/** Three ASCII length digits, then letters, digits and spaces (an...). */
public final class LllAlphanumeric extends DialectField {
    public LllAlphanumeric() {
        super(LengthPrefix.LLL, FieldContent.ALPHANUMERIC, WireAlphabet.ASCII);
    }
}
