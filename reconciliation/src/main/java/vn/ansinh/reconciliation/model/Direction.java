package vn.ansinh.reconciliation.model;

/** Which way money moved on the account holder's books: CREDIT increases the balance, DEBIT decreases it. */
public enum Direction {
    CREDIT,
    DEBIT;

    /** Signed value of a positive amount: credits add to the balance, debits subtract from it. */
    public long signed(long amountMinor) {
        return this == CREDIT ? amountMinor : Math.negateExact(amountMinor);
    }

    public Direction opposite() {
        return this == CREDIT ? DEBIT : CREDIT;
    }
}
