package vn.ansinh.merchant.settlement;

import java.util.Optional;

/**
 * One merchant's payout in a batch as officers see it: net, debt carried in, payable, what became of it and why,
 * and, when a payment was issued, its end-to-end id and the state the rails have followed it to.
 */
public record SettlementPaymentView(long merchantId, long netVnd, long carriedInVnd, long payableVnd, String outcome,
                                    String reasonCode, Optional<Long> carriedToBatch, Optional<String> endToEndId,
                                    Optional<String> paymentState, Optional<String> paymentReasonCode) {}
