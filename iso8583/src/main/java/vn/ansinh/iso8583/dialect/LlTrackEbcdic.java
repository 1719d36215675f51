package vn.ansinh.iso8583.dialect;

/** Two ASCII length digits, then track 2 characters in EBCDIC (z..). */
public final class LlTrackEbcdic extends DialectField {
    public LlTrackEbcdic() {
        super(LengthPrefix.LL, FieldContent.TRACK, WireAlphabet.EBCDIC_TRACK);
    }
}
