package vn.ansinh.merchant.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One business date's settlement with its totals over all merchants: READY when made, PAYMENTS_ISSUED once its
 * payables became payments on the rails, and then with {@link Payouts} saying where its money went.
 */
public record SettlementBatch(long id, LocalDate businessDate, String status, long merchantCount,
                              SettlementTotals totals, Instant createdAt, String createdBy, Optional<Payouts> payouts) {

    /** Σ payments = Σ positive payables; net + carried in = payments + carried out (a debt, ≤ 0). */
    public record Payouts(long paymentsCount, long paymentsVnd, long carriedInVnd, long carriedOutVnd) {}
}
