package vn.ansinh.rails.reason;

/** Who must act before a refused or returned payment can succeed. */
public enum Actor {
    /** The citizen: give a correct, open account in their own name. */
    BENEFICIARY,
    /** A bank: explain, unblock or fix an agreement; only the bank can say more. */
    BANK,
    /** The paying program: fund the account, decide on entitlement, handle a death. */
    PROGRAM,
    /** ansinh and its operators: the file, the id or the timing was wrong. */
    ENGINE
}
