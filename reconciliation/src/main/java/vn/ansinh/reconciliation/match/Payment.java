package vn.ansinh.reconciliation.match;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** A payment the engine sent, as the matcher needs it. */
public record Payment(String endToEndId, long amountMinor, Currency currency, String debtorAccount,
                      String creditorAccount, String creditorName, Optional<String> batchMessageId,
                      PaymentStatus status, Instant statusTime) {
    public Payment {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(creditorAccount, "creditorAccount");
        Objects.requireNonNull(creditorName, "creditorName");
        Objects.requireNonNull(batchMessageId, "batchMessageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusTime, "statusTime");
        if (endToEndId == null || endToEndId.isBlank()) {
            throw new IllegalArgumentException("a payment needs an end-to-end id");
        }
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("payment " + endToEndId + " amount must be positive");
        }
    }
}
