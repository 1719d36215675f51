package vn.ansinh.iso8583.acquirer;

import java.util.Objects;
import java.util.Optional;

/**
 * One financial request as the acquirer recorded it.
 *
 * @param amountMinor        DE4 in minor units (VND has none, so đồng), always positive
 * @param retrievalReference DE37 when the terminal sent one
 * @param approvalCode       DE38 once approved
 */
public record JournalEntry(
        TransactionKey key,
        String mti,
        TransactionKind kind,
        long amountMinor,
        String currency,
        Optional<String> retrievalReference,
        TransactionState state,
        Optional<ResponseCode> responseCode,
        Optional<String> approvalCode) {

    public JournalEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(mti, "mti");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(retrievalReference, "retrievalReference");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(approvalCode, "approvalCode");
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amountMinor);
        }
        if (state == TransactionState.PENDING && responseCode.isPresent()) {
            throw new IllegalArgumentException("a pending entry has no response code yet");
        }
        if (state == TransactionState.APPROVED && responseCode.orElse(null) != ResponseCode.APPROVED) {
            throw new IllegalArgumentException("an approved entry carries response code 00");
        }
    }

    /** A request reserved against duplicates before it is decided. */
    public static JournalEntry pending(TransactionKey key, String mti, TransactionKind kind, long amountMinor,
                                       String currency, Optional<String> retrievalReference) {
        return new JournalEntry(key, mti, kind, amountMinor, currency, retrievalReference,
                TransactionState.PENDING, Optional.empty(), Optional.empty());
    }

    public JournalEntry decided(ResponseCode code, Optional<String> approval) {
        TransactionState decidedState = code == ResponseCode.APPROVED ? TransactionState.APPROVED : TransactionState.DECLINED;
        return new JournalEntry(key, mti, kind, amountMinor, currency, retrievalReference, decidedState,
                Optional.of(code), approval);
    }

    public JournalEntry reversed() {
        return new JournalEntry(key, mti, kind, amountMinor, currency, retrievalReference, TransactionState.REVERSED,
                responseCode, approvalCode);
    }
}
