package vn.ansinh.iso8583.acquirer;

import java.util.Objects;
import java.util.Optional;

/** What the engine needs to decide a 0100/0200: the card, the money and who asks. */
public record AuthorizationRequest(
        TransactionKey key,
        TransactionKind kind,
        long amountMinor,
        String currency,
        Optional<String> primaryAccountNumber,
        Optional<String> merchantId,
        Optional<String> pinBlockHex) {

    public AuthorizationRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(primaryAccountNumber, "primaryAccountNumber");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(pinBlockHex, "pinBlockHex");
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amountMinor);
        }
    }
}
