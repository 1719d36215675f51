package vn.ansinh.payout.run;

/**
 * Why an enrolled beneficiary has no BENEFIT line in a run. When several apply, the first in this order is recorded,
 * because each one makes the later ones moot: a dead person is not paid in cash either.
 */
public enum ExclusionReason {
    /** Recorded deceased, or the registry said so when the run was created. */
    DECEASED,
    /** The registry no longer knows the CCCD (merged or revoked); paid again once the record is sorted out. */
    NOT_IN_REGISTRY,
    SUSPENDED,
    /** A period_payment row already claims this program and period for the beneficiary. */
    ALREADY_PAID_FOR_PERIOD,
    /** The beneficiary's latest list row is NEEDS_REVIEW or still PENDING: their account is being looked at. */
    ACCOUNT_UNDER_REVIEW,
    /** No current account, or the latest list row was rejected for an account reason: paid in cash at the commune. */
    NO_VERIFIED_ACCOUNT
}
