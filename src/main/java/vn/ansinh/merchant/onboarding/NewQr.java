package vn.ansinh.merchant.onboarding;

/** A QR code to issue: optionally for one terminal, with a fixed amount (dynamic QR) and a purpose shown to payers. */
public record NewQr(String terminalId, Long amountVnd, String purpose) {}
