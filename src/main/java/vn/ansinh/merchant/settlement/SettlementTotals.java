package vn.ansinh.merchant.settlement;

import io.vertx.mutiny.sqlclient.Row;

/**
 * Counts and sums of a settlement line or batch, in đồng. Gross is what was taken in the merchant's favour (sales,
 * and card refunds that were reversed); reversals and refunds go against it; the fee is the MDR on sales that
 * stood; net is what the merchant is paid. Always {@code gross = net + fee + reversals + refunds}.
 */
public record SettlementTotals(long saleCount, long grossVnd, long reversalCount, long reversalsVnd, long refundCount,
                               long refundsVnd, long feeVnd, long netVnd) {

    public SettlementTotals {
        if (saleCount < 0 || grossVnd < 0 || reversalCount < 0 || reversalsVnd < 0 || refundCount < 0 || refundsVnd < 0
                || feeVnd < 0) {
            throw new IllegalStateException("settlement counts, sums and fees are never negative");
        }
        if (grossVnd != Math.addExact(Math.addExact(netVnd, feeVnd), Math.addExact(reversalsVnd, refundsVnd))) {
            throw new IllegalStateException("gross " + grossVnd + " is not net " + netVnd + " + fee " + feeVnd
                    + " + reversals " + reversalsVnd + " + refunds " + refundsVnd);
        }
    }

    static SettlementTotals of(Row row) {
        return new SettlementTotals(row.getLong("sale_count"), row.getLong("gross_vnd"), row.getLong("reversal_count"),
                row.getLong("reversals_vnd"), row.getLong("refund_count"), row.getLong("refunds_vnd"),
                row.getLong("fee_vnd"), row.getLong("net_vnd"));
    }

    SettlementTotals plus(SettlementTotals other) {
        return new SettlementTotals(saleCount + other.saleCount, Math.addExact(grossVnd, other.grossVnd),
                reversalCount + other.reversalCount, Math.addExact(reversalsVnd, other.reversalsVnd),
                refundCount + other.refundCount, Math.addExact(refundsVnd, other.refundsVnd),
                Math.addExact(feeVnd, other.feeVnd), Math.addExact(netVnd, other.netVnd));
    }

    static final SettlementTotals ZERO = new SettlementTotals(0, 0, 0, 0, 0, 0, 0, 0);
}
