package vn.ansinh.merchant.settlement;

/**
 * What became of one merchant's payable (net plus any debt carried in) at cutover, with the reason code stored
 * beside it: paid, nothing due, or a debt carried into the merchant's next batch.
 */
public enum PayoutOutcome {
    PAYMENT_ISSUED("NET_PAYABLE"),
    NOTHING_DUE("ZERO_NET"),
    CARRIED_FORWARD("NEGATIVE_NET_CARRIED");

    private final String reasonCode;

    PayoutOutcome(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public static PayoutOutcome of(long payableVnd) {
        return payableVnd > 0 ? PAYMENT_ISSUED : payableVnd == 0 ? NOTHING_DUE : CARRIED_FORWARD;
    }
}
