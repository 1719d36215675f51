package vn.ansinh.beneficiary.intake.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of đồng as officers write it: "1500000", "1.500.000" (Vietnamese grouping), "1,500,000",
 * "1 500 000", optionally followed by đ, ₫, VND or VNĐ. Grouping must be regular (groups of three, one kind of
 * separator), so "1.5" or "1.500,50" are not read: guessing whether a separator is a decimal point could pay a
 * thousand times too much or too little.
 */
final class AmountText {

    /** 18 digits always fit in a long. */
    private static final int DIGITS_MAX = 18;

    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("(?iu)\\s*(đ|₫|vnd|vnđ|dong|đồng)$");
    private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern GROUPED = Pattern.compile("([+-]?)([0-9]{1,3})(([., \\u00A0\\u202F])[0-9]{3})"
            + "((?:\\4[0-9]{3})*)");

    private AmountText() {
    }

    /** The whole number of đồng written, signed, or empty when the text is not a whole number. */
    static OptionalLong parse(String text) {
        // Most lists write plain digits; for them every step below changes nothing (ASCII is its own NFC, no suffix,
        // PLAIN matches), so they skip the normalisation and the three patterns, which cost more than the rest of
        // reading a row.
        return AsciiDigits.only(text, 0, text.length()) ? toLong(text) : parseFully(text);
    }

    /** {@link #parse} without its short cut, so that tests can hold the two to the same answers. */
    static OptionalLong parseFully(String text) {
        String amount = CURRENCY_SUFFIX.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFC))
                .replaceFirst("");
        if (PLAIN.matcher(amount).matches()) {
            return toLong(amount);
        }
        Matcher grouped = GROUPED.matcher(amount);
        if (grouped.matches()) {
            String separator = grouped.group(4);
            return toLong(amount.replace(separator, ""));
        }
        return OptionalLong.empty();
    }

    /**
     * The whole number of đồng in a value the file stored as a number (a spreadsheet or JSON number), where "."
     * is always a decimal point: "1500000" and "1500000.00" are read, "1500000.5" is not.
     */
    static OptionalLong parseNumber(String number) {
        try {
            BigDecimal value = new BigDecimal(number.strip());
            if (value.precision() - value.scale() > DIGITS_MAX) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(value.longValueExact());
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong toLong(String signedDigits) {
        String digits = signedDigits.replaceFirst("^[+-]", "");
        if (digits.length() > DIGITS_MAX) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(signedDigits));
    }
}
