package vn.ansinh.reconciliation.model;

/** The balance kinds the completeness check understands (camt Bal/Tp codes, MT940 fields 60/62/64/65). */
public enum BalanceType {
    OPENING_BOOKED,
    CLOSING_BOOKED,
    INTERIM_OPENING_BOOKED,
    INTERIM_CLOSING_BOOKED,
    CLOSING_AVAILABLE,
    FORWARD_AVAILABLE,
    OTHER
}
