package vn.ansinh.reconciliation.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** What the bank says about the batch behind a bulk entry (camt NtryDtls/Btch). */
public record BatchSummary(Optional<String> messageId, Optional<String> paymentInformationId,
                           OptionalInt transactionCount, OptionalLong totalMinor) {
    public BatchSummary {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(paymentInformationId, "paymentInformationId");
        Objects.requireNonNull(transactionCount, "transactionCount");
        Objects.requireNonNull(totalMinor, "totalMinor");
        if (transactionCount.isPresent() && transactionCount.getAsInt() < 0) {
            throw new IllegalArgumentException("batch transaction count must not be negative");
        }
        if (totalMinor.isPresent() && totalMinor.getAsLong() < 0) {
            throw new IllegalArgumentException("batch total must not be negative");
        }
    }

    public static BatchSummary empty() {
        return new BatchSummary(Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalLong.empty());
    }
}
