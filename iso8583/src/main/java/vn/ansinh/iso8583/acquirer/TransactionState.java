package vn.ansinh.iso8583.acquirer;

/** Where one journalled transaction stands; only APPROVED can become REVERSED. */
public enum TransactionState {
    /** Reserved against duplicates, decision not yet recorded. */
    PENDING,
    APPROVED,
    DECLINED,
    REVERSED
}
