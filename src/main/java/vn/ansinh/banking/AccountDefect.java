package vn.ansinh.banking;

/** What can be wrong with a bank and account as written in a list; the intake reason codes carry the same names. */
public enum AccountDefect {
    /** The bank is neither a NAPAS BIN nor a known short code or alias. */
    BANK_UNKNOWN,
    /** The account number is not 6–19 digits. */
    ACCOUNT_FORMAT
}
