package vn.ansinh.rails.id;

/**
 * ISO 7064 MOD 97-10, the check used by IBAN: letters count as two digits (A = 10 … Z = 35), digits as one, and a
 * string is valid when its number is 1 modulo 97. Two decimal check digits follow the checked text.
 */
final class Mod97 {

    private static final int MODULUS = 97;

    private Mod97() {
    }

    /** The two check digits (02–98) that make {@code text + digits} valid. Text is upper-case A–Z and 0–9. */
    static String checkDigits(String text) {
        // Appending "00" multiplies by 100; 98 minus the remainder then brings the whole number to 1 modulo 97.
        int remainder = remainder(text + "00");
        int check = MODULUS + 1 - remainder;
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /** True when the text, check digits included, is 1 modulo 97. */
    static boolean isValid(String textWithCheck) {
        return remainder(textWithCheck) == 1;
    }

    private static int remainder(String text) {
        int remainder = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character >= '0' && character <= '9') {
                remainder = (remainder * 10 + (character - '0')) % MODULUS;
            } else if (character >= 'A' && character <= 'Z') {
                remainder = (remainder * 100 + (character - 'A' + 10)) % MODULUS;
            } else {
                throw new IllegalArgumentException("MOD 97-10 checks only A-Z and 0-9, not code point " + (int) character);
            }
        }
        return remainder;
    }
}
