package vn.ansinh.banking.inquiry;

/** What a bank says of an account when asked (acmt.024 in spirit). */
public enum AccountStatus { ACTIVE, CLOSED, DORMANT, NOT_FOUND }
