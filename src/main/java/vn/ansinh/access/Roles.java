package vn.ansinh.access;

import java.util.List;

/** The five roles; their names are what tokens carry in {@code groups} and what resources declare. */
public final class Roles {
    /** Prepares beneficiary lists and payout runs. */
    public static final String OFFICER = "officer";
    /** Checks and approves what an officer prepared; never their own work. */
    public static final String APPROVER = "approver";
    /** Reads everything and resolves reconciliation breaks. */
    public static final String AUDITOR = "auditor";
    /** A bank exchanging files for its own BIN only. */
    public static final String BANK = "bank";
    /** Users and configuration. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(OFFICER, APPROVER, AUDITOR, BANK, ADMIN);

    private Roles() {}
}
