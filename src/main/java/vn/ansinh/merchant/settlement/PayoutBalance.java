package vn.ansinh.merchant.settlement;

/**
 * Where a batch's money went, summed from its payout rows, and the checks that must hold before anything is paid:
 * Σ payable = Σ net + Σ carried in; Σ payments issued = Σ positive payables; Σ payable = Σ payments − Σ carried out
 * (carried out is the negative payables, kept as a debt); and Σ net equals the batch's own net, which the batch's
 * check constraint ties to gross − reversals − refunds − fees.
 */
record PayoutBalance(long merchants, long netVnd, long carriedInVnd, long payableVnd, long paymentsCount,
                     long paymentsVnd, long carriedOutVnd) {

    static PayoutBalance of(java.util.List<PayoutRow> rows) {
        long net = 0, carriedIn = 0, payable = 0, payments = 0, paid = 0, carriedOut = 0;
        for (PayoutRow row : rows) {
            net = Math.addExact(net, row.netVnd());
            carriedIn = Math.addExact(carriedIn, row.carriedInVnd());
            payable = Math.addExact(payable, row.payableVnd());
            switch (row.outcome()) {
                case PAYMENT_ISSUED -> {
                    payments++;
                    paid = Math.addExact(paid, row.payableVnd());
                }
                case CARRIED_FORWARD -> carriedOut = Math.addExact(carriedOut, row.payableVnd());
                case NOTHING_DUE -> { }
            }
        }
        return new PayoutBalance(rows.size(), net, carriedIn, payable, payments, paid, carriedOut);
    }

    /** Always on: a batch whose money does not add up pays nothing. */
    void require(SettlementBatch batch, long issuedCount, long issuedVnd) {
        boolean balanced = merchants == batch.merchantCount()
                && netVnd == batch.totals().netVnd()
                && payableVnd == netVnd + carriedInVnd
                && payableVnd == paymentsVnd + carriedOutVnd
                && issuedCount == paymentsCount && issuedVnd == paymentsVnd;
        if (!balanced) {
            throw new IllegalStateException("settlement of " + batch.businessDate() + " does not balance: " + this
                    + ", issued " + issuedCount + " payments of " + issuedVnd + " VND; nothing was paid");
        }
    }
}
