package vn.ansinh.merchant.settlement;

import java.time.Instant;
import java.util.Optional;

/**
 * One ledger entry as a merchant's settlement report shows it, with the fee it was charged and its effect on the
 * net: positive for a sale, negative for a reversal or refund, less the fee.
 */
public record ReportEntry(long entryId, Instant bookedAt, String source, String kind, Optional<String> terminalId,
                          String reference, Optional<String> card, long amountVnd, long feeVnd) {

    public boolean inMerchantsFavour() {
        return kind.equals("SALE") || kind.equals("REFUND_REVERSAL");
    }

    public long effectVnd() {
        return (inMerchantsFavour() ? amountVnd : -amountVnd) - feeVnd;
    }
}
