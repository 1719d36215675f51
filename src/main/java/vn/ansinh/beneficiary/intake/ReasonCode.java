package vn.ansinh.beneficiary.intake;

/**
 * Every reason a beneficiary row can carry, through intake and verification, with the outcome each implies.
 * The names are part of the officer-facing report and of stored data: never rename one.
 */
public enum ReasonCode {
    /** The CCCD is not 12 digits. */
    CCCD_FORMAT(Outcome.REJECTED),
    /** The CCCD's digits 1–3 are not a province code. */
    CCCD_PROVINCE(Outcome.REJECTED),
    /** The CCCD's digit 4 disagrees with the row's gender or century of birth. */
    CCCD_CENTURY_GENDER(Outcome.REJECTED),
    /** The CCCD's digits 5–6 disagree with the row's birth year. */
    CCCD_BIRTH_YEAR(Outcome.REJECTED),
    /** A required field is empty. */
    MISSING_FIELD(Outcome.REJECTED),
    /** The date of birth cannot be read, is in the future or before 1900. */
    DOB_INVALID(Outcome.REJECTED),
    /** The gender is neither Nam/Nữ nor M/F. */
    GENDER_INVALID(Outcome.REJECTED),
    /** The amount is not a whole number of đồng greater than zero, or exceeds the per-row maximum. */
    AMOUNT_INVALID(Outcome.REJECTED),
    /** The same CCCD appears on an earlier row of the same file. */
    DUPLICATE_IN_FILE(Outcome.REJECTED),
    /** The population registry does not know the CCCD. */
    REGISTRY_NOT_FOUND(Outcome.REJECTED),
    /** The population registry records the person as deceased. */
    DECEASED(Outcome.REJECTED),
    /** The registry's name for the CCCD differs from the row's name. */
    REGISTRY_NAME_MISMATCH(Outcome.REJECTED),
    /** The registry's date of birth differs from the row's. */
    REGISTRY_DOB_MISMATCH(Outcome.REJECTED),
    /** The registry's gender differs from the row's. */
    REGISTRY_GENDER_MISMATCH(Outcome.REJECTED),
    /** The bank is neither a NAPAS BIN nor a known short code. */
    BANK_UNKNOWN(Outcome.REJECTED),
    /** The account number is not 6–19 digits. */
    ACCOUNT_FORMAT(Outcome.REJECTED),
    /** The bank says the account does not exist. */
    ACCOUNT_NOT_FOUND(Outcome.REJECTED),
    /** The bank says the account is closed. */
    ACCOUNT_CLOSED(Outcome.REJECTED),
    /** The bank says the account is dormant: payable, but an officer should confirm it is still used. */
    ACCOUNT_DORMANT(Outcome.NEEDS_REVIEW),
    /** The account holder's name at the bank is clearly not the beneficiary's. */
    ACCOUNT_NAME_MISMATCH(Outcome.REJECTED),
    /** The account holder's name at the bank is close to the beneficiary's but not close enough to accept. */
    ACCOUNT_NAME_REVIEW(Outcome.NEEDS_REVIEW),
    /** Several beneficiaries are to be paid into the same account. */
    SHARED_ACCOUNT(Outcome.NEEDS_REVIEW),
    /** A registry or bank check has not answered yet. */
    PENDING_VERIFICATION(Outcome.PENDING);

    private final Outcome outcome;

    ReasonCode(Outcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome this code implies on its own. */
    public Outcome outcome() {
        return outcome;
    }
}
