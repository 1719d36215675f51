package vn.ansinh.merchant.settlement;

import java.time.Instant;
import java.time.LocalDate;

/** One business date's settlement: READY for the payout rails, with its totals over all merchants. */
public record SettlementBatch(long id, LocalDate businessDate, String status, long merchantCount,
                              SettlementTotals totals, Instant createdAt, String createdBy) {}
