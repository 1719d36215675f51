package vn.ansinh.merchant.settlement;

import java.util.Optional;

/** One merchant's line of a batch; the settlement account is shown masked. */
public record SettlementLine(long merchantId, String merchantName, String settlementBin, String settlementAccount,
                             String settlementHolder, int mdrRateBp, long mdrFixedVnd, Optional<Long> mdrCapVnd,
                             SettlementTotals totals) {}
