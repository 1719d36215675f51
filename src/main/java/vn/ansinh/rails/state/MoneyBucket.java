package vn.ansinh.rails.state;

/**
 * The four places a payment's amount is counted. Every payment is in exactly one, so for a run
 * total = pending + settled + rejected + returned at every moment.
 */
public enum MoneyBucket {
    /** Not yet known to have reached the beneficiary nor to have failed: created, sent, accepted or unknown. */
    PENDING,
    /** Credited to the beneficiary. */
    SETTLED,
    /** Refused before money moved; available to pay again after correction. */
    REJECTED,
    /** Credited and sent back; the money is in the program's account again. */
    RETURNED
}
