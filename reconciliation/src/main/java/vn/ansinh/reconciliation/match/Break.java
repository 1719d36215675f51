package vn.ansinh.reconciliation.match;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One unreconciled item. {@code amountMinor} is the size of the problem (the difference for an amount mismatch,
 * the item's amount otherwise), always positive. {@code bankAmountMinor} and {@code internalAmountMinor} are the
 * gross amounts of the items involved on each side, so the reconciliation statement can prove every item counted.
 */
public record Break(BreakClass breakClass, BreakClass.Priority priority, AgeBucket age, long amountMinor,
                    Currency currency, long bankAmountMinor, long internalAmountMinor, Optional<String> entryKey,
                    Optional<String> endToEndId, String explanation) {
    public Break {
        Objects.requireNonNull(breakClass, "breakClass");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(explanation, "explanation");
        if (amountMinor < 0 || bankAmountMinor < 0 || internalAmountMinor < 0) {
            throw new IllegalArgumentException("break amounts are absolute and must not be negative");
        }
        if (entryKey.isEmpty() && endToEndId.isEmpty()) {
            throw new IllegalArgumentException("a break must point at a bank entry or a payment");
        }
    }
}
