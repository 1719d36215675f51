package vn.ansinh.iso8583.dialect;

/** Three ASCII length digits, then ASCII digits (n...). */
public final class LllNumeric extends DialectField {
    public LllNumeric() {
        super(LengthPrefix.LLL, FieldContent.NUMERIC, WireAlphabet.ASCII);
    }
}
