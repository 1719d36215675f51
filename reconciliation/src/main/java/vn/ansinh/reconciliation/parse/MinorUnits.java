package vn.ansinh.reconciliation.parse;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only place where decimal text becomes money: BigDecimal is used here and nowhere else, and the scale is
 * checked exactly against the currency (VND has no minor unit, so "1000.5" VND is refused, "1000.00" is 1000).
 */
public final class MinorUnits {
    /** ISO 20022 allows 18 digits; anything longer is refused before BigDecimal sees it. */
    private static final int DIGITS_MAX = 18;
    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,18}(\\.[0-9]{0,18})?");

    private MinorUnits() {
    }

    /**
     * Converts a non-negative plain decimal ("1234.50") to minor units of the currency.
     *
     * @return the minor units, or a message saying exactly why the text is not an amount of that currency
     */
    public static Result parse(String text, Currency currency) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && trimmed.length() <= DIGITS_MAX && allDigits(trimmed)) {
            return wholeUnits(text, trimmed, currency);
        }
        if (trimmed.length() > DIGITS_MAX + 1 || !PLAIN.matcher(trimmed).matches()) {
            return Result.error("'" + text + "' is not a plain non-negative decimal of at most " + DIGITS_MAX + " digits");
        }
        int fractionDigits = currency.getDefaultFractionDigits();
        if (fractionDigits < 0) {
            return Result.error("currency " + currency + " has no defined minor unit");
        }
        BigDecimal value = new BigDecimal(trimmed.endsWith(".") ? trimmed + "0" : trimmed);
        BigDecimal scaled = value.movePointRight(fractionDigits);
        if (scaled.stripTrailingZeros().scale() > 0) {
            return Result.error("'" + text + "' has more decimals than " + currency + " allows (" + fractionDigits + ")");
        }
        try {
            return new Result(Optional.of(scaled.longValueExact()), "");
        } catch (ArithmeticException tooLarge) {
            return Result.error("'" + text + "' does not fit in minor units of " + currency);
        }
    }

    /**
     * The common case, an amount without a decimal point ("150000"): the same result as the BigDecimal path, without
     * a pattern match and a BigDecimal for each of a million entries.
     */
    private static Result wholeUnits(String text, String digits, Currency currency) {
        int fractionDigits = currency.getDefaultFractionDigits();
        if (fractionDigits < 0) {
            return Result.error("currency " + currency + " has no defined minor unit");
        }
        try {
            long minor = Long.parseLong(digits);
            for (int digit = 0; digit < fractionDigits; digit++) {
                minor = Math.multiplyExact(minor, 10L);
            }
            return new Result(Optional.of(minor), "");
        } catch (ArithmeticException tooLarge) {
            return Result.error("'" + text + "' does not fit in minor units of " + currency);
        }
    }

    private static boolean allDigits(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character < '0' || character > '9') {
                return false;
            }
        }
        return true;
    }

    /** Either minor units or the reason there are none. */
    public record Result(Optional<Long> minor, String error) {
        static Result error(String error) {
            return new Result(Optional.empty(), error);
        }

        public long orThrow(String position) throws StatementParseException {
            if (minor.isEmpty()) {
                throw new StatementParseException(position, error);
            }
            return minor.get();
        }
    }
}
