package vn.ansinh.merchant.qr;

import java.time.OffsetDateTime;

/**
 * The QR switch's word that a payer paid one of our QR codes: its own transaction id (our idempotency key), the
 * amount in đồng, the QR's reference (its bill number, tag 62/01), when it was paid and the payer's bank.
 */
public record QrNotification(String transactionId, Long amountVnd, String reference, OffsetDateTime time,
                             String payerBank) {}
