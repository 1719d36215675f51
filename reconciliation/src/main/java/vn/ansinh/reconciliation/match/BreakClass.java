package vn.ansinh.reconciliation.match;

/** Why an item is not reconciled; {@code bankSide} says whether the item is a bank entry or an internal payment. */
public enum BreakClass {
    UNMATCHED_BANK_ENTRY(true, Priority.HIGH),
    UNMATCHED_PAYMENT(false, Priority.CRITICAL),
    AMOUNT_MISMATCH(true, Priority.CRITICAL),
    DUPLICATE_BANK_ENTRY(true, Priority.CRITICAL),
    RETURN_WITHOUT_PAYMENT(true, Priority.HIGH),
    /** A settled payment whose bank entry is not there yet but still within the grace period. */
    LATE(false, Priority.LOW);

    private final boolean bankSide;
    private final Priority priority;

    BreakClass(boolean bankSide, Priority priority) {
        this.bankSide = bankSide;
        this.priority = priority;
    }

    public boolean bankSide() {
        return bankSide;
    }

    public Priority priority() {
        return priority;
    }

    /** Order in which an operator should look at breaks. */
    public enum Priority { CRITICAL, HIGH, MEDIUM, LOW }
}
