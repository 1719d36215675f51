package vn.ansinh.merchant.qr;

/** A refund of part or all of a QR payment, idempotent on the switch's refund id. */
public record QrRefund(String refundId, Long amountVnd) {}
