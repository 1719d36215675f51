package vn.ansinh.iso8583.acquirer;

import java.util.Optional;

/** Which way money moves for a journalled transaction, from the first two digits of DE3. */
public enum TransactionKind {
    /** Processing code 00: a purchase, the cardholder's account is debited. */
    DEBIT("00"),
    /** Processing code 20: a refund, the cardholder's account is credited. */
    CREDIT("20");

    private final String processingPrefix;

    TransactionKind(String processingPrefix) {
        this.processingPrefix = processingPrefix;
    }

    public static Optional<TransactionKind> ofProcessingCode(String processingCode) {
        for (TransactionKind kind : values()) {
            if (processingCode.startsWith(kind.processingPrefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
