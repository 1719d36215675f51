package vn.ansinh.reconciliation.model;

/** The wire formats this library reads; {@code carriesBalances} says whether a completeness check is possible. */
public enum StatementFormat {
    CAMT_052(false),
    CAMT_053(true),
    CAMT_054(false),
    MT940(true),
    MT942(false),
    CSV(false);

    private final boolean carriesBalances;

    StatementFormat(boolean carriesBalances) {
        this.carriesBalances = carriesBalances;
    }

    /** Whether a well-formed message of this format must report opening and closing booked balances. */
    public boolean carriesBalances() {
        return carriesBalances;
    }
}
