package vn.ansinh.iso8583;

/**
 * Checks and reads ASCII digits, '0' to '9' and nothing else: {@link Character#isDigit} also takes other scripts'
 * digits, which no field on the wire may hold. Plain loops, because every request's keys and dates pass here and a
 * regular expression or a stream per check showed in the host's allocation profile.
 */
public final class AsciiDigits {
    private AsciiDigits() {
    }

    public static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code text} is {@code lengthMin} to {@code lengthMax} characters, each an ASCII digit. */
    public static boolean only(CharSequence text, int lengthMin, int lengthMax) {
        int length = text.length();
        if (length < lengthMin || length > lengthMax) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is exactly {@code length} ASCII digits. */
    public static boolean only(CharSequence text, int length) {
        return only(text, length, length);
    }

    /** The number that the ASCII digits at [{@code from}, {@code to}) spell; the caller has checked they are digits. */
    public static int parse(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
