package vn.ansinh.rails.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Converts between minor units and the decimal text of ISO 20022 amounts. Reading refuses any amount with a
 * non-zero digit beyond the currency's exponent: "1500000.5" VND is an error, not a rounding question. Zeros are
 * harmless ("1500000.00" is 1,500,000 đồng) because some banks always write two decimals.
 */
public final class IsoAmountText {

    /** The ISO 20022 amount types allow 18 digits in total. */
    public static final int TOTAL_DIGITS_MAX = 18;
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,17})?");

    private IsoAmountText() {
    }

    public static String format(long minorUnits, Currency currency) {
        if (minorUnits < 0) {
            throw new IllegalArgumentException("an ISO amount is not negative: " + minorUnits);
        }
        return BigDecimal.valueOf(minorUnits, exponent(currency)).toPlainString();
    }

    /** The amount in minor units; throws IllegalArgumentException saying why when the text is not one. */
    public static long parse(String text, Currency currency) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not an ISO 20022 amount: '" + text + "'");
        }
        BigDecimal amount = new BigDecimal(text).stripTrailingZeros();
        if (amount.scale() > exponent(currency)) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has " + exponent(currency)
                    + " decimals; refusing fractional amount " + text);
        }
        BigInteger minor = amount.movePointRight(exponent(currency)).toBigIntegerExact();
        if (minor.toString().length() > TOTAL_DIGITS_MAX) {
            throw new IllegalArgumentException("amount beyond " + TOTAL_DIGITS_MAX + " digits: " + text);
        }
        return minor.longValueExact();
    }

    private static int exponent(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has no minor unit for payments");
        }
        return digits;
    }
}
