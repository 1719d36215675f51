package vn.ansinh.reconciliation.model;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** A balance reported by the bank; {@code signedMinor} is negative for a debit (overdrawn) balance. */
public record Balance(BalanceType type, long signedMinor, Currency currency, LocalDate date) {
    public Balance {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
    }
}
