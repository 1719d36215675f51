package vn.ansinh.reconciliation.match;

/** The engine's view of a payment it sent; only SETTLED payments are expected on a statement. */
public enum PaymentStatus {
    SENT,
    ACCEPTED,
    SETTLED,
    /** Refused by the bank: never debited, so never matched to a debit. */
    REJECTED
}
