package vn.ansinh.iso8583.dialect;

/** Two ASCII length digits, then ASCII digits (n..). */
public final class LlNumeric extends DialectField {
    public LlNumeric() {
        super(LengthPrefix.LL, FieldContent.NUMERIC, WireAlphabet.ASCII);
    }
}
