package vn.ansinh.identity.name;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a Vietnamese name to a comparable ASCII form: "Nguyễn  Thị Đào" and "NGUYEN THI DAO" both become
 * {@code NGUYEN THI DAO}. Steps, in this order: NFC; NFD and strip every combining mark; Đ/đ to D; upper case
 * (Locale.ROOT); every character outside A–Z and 0–9 to a space; runs of spaces to one; trim.
 */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    public static String normalize(String name) {
        // Banks answer with holder names in this form already: half of the names an intake normalises.
        return isNormal(name) ? name : normalizeFully(name);
    }

    /** {@link #normalize} without its short cut, so that tests can hold the two to the same answers. */
    static String normalizeFully(String name) {
        // Hand-written passes rather than two regular expressions: names are normalised for every row of every list
        // (twice a row when a bank answers), and the regex replacements were the larger part of that cost.
        // NFC then NFD, as the rule reads, is NFD alone: canonically equivalent texts, composed, half-composed or
        // decomposed, have one canonical decomposition.
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        var unmarked = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMark(codePoint)) continue;
            // Đ has no decomposition (it is a letter, not D with a mark), so it needs its own rule.
            unmarked.appendCodePoint(codePoint == 'Đ' || codePoint == 'đ' ? 'D' : codePoint);
        }
        String upper = unmarked.toString().toUpperCase(Locale.ROOT);
        // Every run of other characters becomes one space between words, none at either end.
        var normal = new StringBuilder(upper.length());
        boolean gap = false;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (isWordCharacter(c)) {
                if (gap && !normal.isEmpty()) normal.append(' ');
                normal.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return normal.toString();
    }

    /**
     * True when the text is already in the form {@link #normalize} produces: words of A–Z and 0–9, one space apart,
     * none at either end. A loop, not a regular expression: bank text is checked twice per transfer of a file.
     */
    public static boolean isNormal(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isWordCharacter(c) && (c != ' ' || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Unicode category M (Mn, Mc, Me), as {@code \p{M}} matches it. */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
