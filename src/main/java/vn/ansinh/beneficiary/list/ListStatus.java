package vn.ansinh.beneficiary.list;

/** A list is RECEIVED, then VERIFYING while its rows are read and checked, then COMPLETED; FAILED if it broke. */
public enum ListStatus { RECEIVED, VERIFYING, COMPLETED, FAILED }
