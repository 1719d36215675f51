package vn.ansinh.merchant.onboarding;

/** A terminal to register for a merchant: its DE41 terminal id, 8 capitals or digits. */
public record NewTerminal(String terminalId) {}
