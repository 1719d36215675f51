package vn.ansinh.reconciliation.match;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/** A pain.001 file the engine released: the bank may book it as one debit for the control sum. */
public record ReleasedBatch(String messageId, int transactionCount, long controlSumMinor, Currency currency,
                            String debtorAccount, Instant releasedAt) {
    public ReleasedBatch {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(releasedAt, "releasedAt");
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("a released batch needs its pain.001 message id");
        }
        if (transactionCount <= 0 || controlSumMinor <= 0) {
            throw new IllegalArgumentException("batch " + messageId + " count and control sum must be positive");
        }
    }
}
