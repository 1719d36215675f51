package vn.ansinh.iso8583.acquirer;

import vn.ansinh.iso8583.AsciiDigits;

/** The mod-10 check digit every card number carries; catches a mistyped or corrupted PAN before it is used. */
public final class Luhn {
    private static final int PAN_DIGITS_MIN = 12;
    private static final int PAN_DIGITS_MAX = 19;

    private Luhn() {
    }

    public static boolean isValid(String pan) {
        if (!AsciiDigits.only(pan, PAN_DIGITS_MIN, PAN_DIGITS_MAX)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < pan.length(); i++) {
            int digit = pan.charAt(pan.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
