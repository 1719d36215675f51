package vn.ansinh.vietqr;

import java.text.Normalizer;

/**
 * VietQR text is ASCII. We strip Vietnamese diacritics when we make a QR (people type "Chi trả trợ cấp"), and
 * refuse anything else that is not printable ASCII; a scanned payload with non-ASCII is refused, never repaired.
 */
public final class AsciiText {
    private AsciiText() {
    }

    /** "Chi trả trợ cấp tháng 11" → "Chi tra tro cap thang 11"; đ/Đ become d/D. */
    public static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    public static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }
}
