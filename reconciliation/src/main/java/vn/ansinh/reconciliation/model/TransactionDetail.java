package vn.ansinh.reconciliation.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One transaction inside an entry (camt TxDtls). A bulk entry carries many; {@code returnReason} is present
 * when the bank reports this transaction as a return of an earlier payment.
 */
public record TransactionDetail(Optional<String> endToEndId, OptionalLong amountMinor, Optional<Direction> direction,
                                Party counterparty, String remittanceText, Optional<String> returnReason) {
    public TransactionDetail {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(amountMinor, "amountMinor");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(remittanceText, "remittanceText");
        Objects.requireNonNull(returnReason, "returnReason");
        if (amountMinor.isPresent() && amountMinor.getAsLong() < 0) {
            throw new IllegalArgumentException("transaction detail amount must not be negative");
        }
    }
}
