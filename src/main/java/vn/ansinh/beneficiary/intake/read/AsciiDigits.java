package vn.ansinh.beneficiary.intake.read;

/**
 * Plain ASCII digits, read without patterns or formatters: the short cuts that read the usual spellings of amounts
 * and dates on every row. Other digits (full-width, Arabic-Indic) are not these; their texts take the full paths.
 */
final class AsciiDigits {

    private AsciiDigits() {
    }

    /** Whether {@code text[from, to)} is at least one character, each of it 0–9. */
    static boolean only(String text, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** The number {@code text[from, to)} writes; the caller has checked {@link #only} and that it fits an int. */
    static int value(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) value = value * 10 + (text.charAt(i) - '0');
        return value;
    }
}
