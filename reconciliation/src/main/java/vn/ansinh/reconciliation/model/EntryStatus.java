package vn.ansinh.reconciliation.model;

/** Booking status of a statement entry; only BOOKED entries move the booked balance. */
public enum EntryStatus {
    BOOKED,
    PENDING,
    /** Information only (camt INFO): never counted in balances and never matched. */
    INFO
}
