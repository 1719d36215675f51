package vn.ansinh.identity;

/**
 * Masks CCCD numbers and bank account numbers for logs, reports and toString: the first three and last three
 * characters stay visible (079******123) so that an officer can still tell two rows apart. Short values show
 * less, so that masking never reveals more than half of a value: a quarter of the length at each end, at most
 * three. The log filter calls these methods, so they accept any text and never throw.
 */
public final class Masking {

    private static final int VISIBLE_EACH_END_MAX = 3;

    private Masking() {
    }

    /** A CCCD masked as 079******123. A null argument gives the empty string, because a log line must not fail. */
    public static String cccd(String digits) {
        return mask(digits);
    }

    /** A bank account number masked as 007*******567. A null argument gives the empty string. */
    public static String account(String number) {
        return mask(number);
    }

    /**
     * Free text (a log message) with every run of 9 to 19 digits masked, and 6–8 digits right after a word naming an
     * account. Other short account numbers cannot be told from amounts in free text: mask them with {@link #account}.
     */
    public static String freeText(String text) {
        // One scanner for free text everywhere, the same the log filter uses, so logs and messages agree.
        return text == null ? "" : vn.ansinh.platform.logging.LogMasking.mask(text);
    }

    private static String mask(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        int length = stripped.length();
        int visibleEachEnd = Math.min(VISIBLE_EACH_END_MAX, length / 4);
        return stripped.substring(0, visibleEachEnd)
                + "*".repeat(length - 2 * visibleEachEnd)
                + stripped.substring(length - visibleEachEnd);
    }
}
