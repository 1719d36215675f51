package vn.ansinh.identity.name;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a Vietnamese name to a comparable ASCII form: "Nguyễn  Thị Đào" and "NGUYEN THI DAO" both become
 * {@code NGUYEN THI DAO}. Steps, in this order: NFC; NFD and strip every combining mark; Đ/đ to D; upper case
 * (Locale.ROOT); every character outside A–Z and 0–9 to a space; runs of spaces to one; trim.
 */
public final class NameNormalizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ASCII_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");

    private NameNormalizer() {
    }

    public static String normalize(String name) {
        // NFC first so that text arriving half-composed decomposes the same way as text arriving composed.
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // Đ has no decomposition (it is a letter, not D with a mark), so it needs its own rule.
        String plainD = unmarked.replace('Đ', 'D').replace('đ', 'D');
        String upper = plainD.toUpperCase(Locale.ROOT);
        // Replacing runs with one space also collapses the spaces already there.
        return NOT_ASCII_ALPHANUMERIC.matcher(upper).replaceAll(" ").strip();
    }
}
