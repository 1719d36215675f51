package vn.ansinh.merchant.settlement;

/** One merchant's line of a batch as the payout sees it: net, debt carried in (≤ 0) and what is payable. */
record PayoutRow(long merchantId, String settlementBin, String settlementAccount, String settlementHolder,
                 long netVnd, long carriedInVnd) {

    PayoutRow {
        if (carriedInVnd > 0) {
            throw new IllegalArgumentException("only a debt is carried in: merchant " + merchantId);
        }
    }

    long payableVnd() {
        return Math.addExact(netVnd, carriedInVnd);
    }

    PayoutOutcome outcome() {
        return PayoutOutcome.of(payableVnd());
    }
}
