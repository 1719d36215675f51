package vn.ansinh.rails.money;

import java.util.Currency;
import java.util.Objects;

/** An amount in minor units of its currency (đồng for VND, whose exponent is 0); never a floating-point number. */
public record Money(long minorUnits, Currency currency) {

    public static final Currency VND = Currency.getInstance("VND");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minorUnits < 0) {
            throw new IllegalArgumentException("an amount is not negative: " + minorUnits);
        }
    }

    public static Money vnd(long dong) {
        return new Money(dong, VND);
    }

    /** The amount as ISO 20022 writes it: VND without decimals, other currencies with their exponent. */
    public String isoText() {
        return IsoAmountText.format(minorUnits, currency);
    }

    @Override
    public String toString() {
        return isoText() + " " + currency.getCurrencyCode();
    }
}
