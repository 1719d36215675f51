package vn.ansinh.reconciliation.model;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement entry (camt Ntry, MT940 field 61 with its 86). {@code amountMinor} is positive; the direction
 * says which way it moved. {@code index} is the zero-based position in its statement, used in error messages and
 * as a stable tie-breaker for deterministic matching.
 */
public record Entry(long index, long amountMinor, Currency currency, Direction direction, EntryStatus status,
                    boolean reversal, Optional<LocalDate> bookingDate, Optional<LocalDate> valueDate,
                    Optional<String> bankReference, Optional<String> endToEndId, String remittanceText,
                    Party counterparty, Optional<String> bankTransactionCode, Optional<BatchSummary> batch,
                    List<TransactionDetail> details) {
    public Entry {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(remittanceText, "remittanceText");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(bankTransactionCode, "bankTransactionCode");
        Objects.requireNonNull(batch, "batch");
        // A plain transfer's details are already immutable and compact; copying would undo what they save.
        details = details instanceof PlainTransferDetails ? details : List.copyOf(details);
        if (index < 0) {
            throw new IllegalArgumentException("entry index must not be negative");
        }
        if (amountMinor < 0) {
            throw new IllegalArgumentException("entry amount must not be negative, direction carries the sign");
        }
    }

    /** The end-to-end id of the entry itself, or of its only transaction when the bank put it one level down. */
    public Optional<String> effectiveEndToEndId() {
        if (endToEndId.isPresent() || details.size() != 1) {
            return endToEndId;
        }
        return details.getFirst().endToEndId();
    }

    /** The date the entry is judged by: booking date, else value date. */
    public Optional<LocalDate> effectiveDate() {
        return bookingDate.isPresent() ? bookingDate : valueDate;
    }

    public long signedMinor() {
        return direction.signed(amountMinor);
    }

    /** True when the bank reports this entry, or any transaction in it, as a return. */
    public boolean isReturn() {
        return details.stream().anyMatch(detail -> detail.returnReason().isPresent())
                || bankTransactionCode.map(code -> code.contains("RRTN") || code.contains("RTR")).orElse(false);
    }
}
