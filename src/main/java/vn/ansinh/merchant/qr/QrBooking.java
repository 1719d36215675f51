package vn.ansinh.merchant.qr;

import java.time.LocalDate;
import java.util.Optional;

/** Our answer to a notification or a refund, the same every time the same one is sent. */
public record QrBooking(String transactionId, Optional<String> refundId, long merchantId, String reference, long amountVnd,
                        long refundedVnd, LocalDate businessDate) {}
