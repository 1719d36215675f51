package vn.ansinh.rails.id;

/**
 * Fixed-width base 26 with the letters A–Z as digits. Letters only, because a body without digits can never form
 * the 9–19-digit runs that the log masker hides, and because a letter-only body is what makes the MOD 97-10 check
 * catch every substitution and adjacent transposition (see {@link EndToEndId}).
 */
final class Base26 {

    private static final int RADIX = 26;

    private Base26() {
    }

    /** The largest value that {@code width} letters hold, saturated at Long.MAX_VALUE. */
    static long capacity(int width) {
        long capacity = 1;
        for (int index = 0; index < width; index++) {
            if (capacity > Long.MAX_VALUE / RADIX) {
                return Long.MAX_VALUE;
            }
            capacity *= RADIX;
        }
        return capacity - 1;
    }

    static String encode(long value, int width) {
        if (value < 0 || value > capacity(width)) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " base-26 letters");
        }
        char[] letters = new char[width];
        long rest = value;
        for (int index = width - 1; index >= 0; index--) {
            letters[index] = (char) ('A' + rest % RADIX);
            rest /= RADIX;
        }
        return new String(letters);
    }

    /** Decodes letters A–Z; the caller has checked the alphabet and that the width fits the value's capacity. */
    static long decode(String letters) {
        long value = 0;
        for (int index = 0; index < letters.length(); index++) {
            value = Math.addExact(Math.multiplyExact(value, RADIX), letters.charAt(index) - 'A');
        }
        return value;
    }
}
