package vn.ansinh.rails.party;

import vn.ansinh.identity.name.NameNormalizer;

/**
 * Text for fields that Vietnamese banks pass through their own systems: names and descriptions lose their
 * diacritics (Nguyễn Thị Đào → NGUYEN THI DAO) because several banks and NAPAS carry only ASCII, and a name that
 * arrives mangled fails the bank's name check (BE01).
 */
public final class AsciiText {

    private AsciiText() {
    }

    /** Upper-case A–Z, 0–9 and single spaces; at most {@code lengthMax} characters or an exception saying so. */
    public static String of(String text, int lengthMax) {
        String ascii = NameNormalizer.normalize(text);
        if (ascii.isEmpty() || ascii.length() > lengthMax) {
            throw new IllegalArgumentException("text needs 1-" + lengthMax + " ASCII characters after removing "
                    + "diacritics, has " + ascii.length());
        }
        return ascii;
    }

    /** True when the text is already in the form {@link #of} produces: words of A–Z and 0–9, one space apart. */
    public static boolean isAscii(String text, int lengthMax) {
        return text.length() <= lengthMax && NameNormalizer.isNormal(text);
    }
}
