package vn.ansinh.merchant.settlement;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import vn.ansinh.merchant.MdrPlan;

/**
 * A generated day of one merchant: its MDR plan and what happened, as the ledger would record it, with the
 * totals a settlement must come to, worked out here independently of the SQL.
 */
record LedgerScenario(MdrPlan plan, List<Step> steps) {

    /** One thing that happened; {@code pick} chooses among earlier sales, {@code share} is a refund's percentage. */
    record Step(int kind, long amountVnd, int pick, int share) {}

    /** The totals the day must settle to. */
    record Expected(long saleCount, long grossVnd, long reversalsVnd, long refundsVnd, long feeVnd, long feeMaxVnd,
                    long entriesToday) {
        long netVnd() {
            return grossVnd - reversalsVnd - refundsVnd - feeVnd;
        }
    }

    static final int CARD_SALE = 0, QR_SALE = 1, REVERSE_TODAY = 2, REFUND = 3, REVERSE_YESTERDAY = 4;

    static Gen<LedgerScenario> scenarios() {
        Gen<Optional<Long>> caps = longs().between(0, 2_000_000).toOptionals(40);
        // A third of the plans charge exactly 1%: with amounts in multiples of 50 đồng, an odd multiple then
        // lands exactly on half a đồng.
        Gen<MdrPlan> plans = integers().between(0, 300).map(rate -> rate % 3 == 0 ? 100 : rate)
                .zip(longs().between(0, 3_000), caps, MdrPlan::new);
        // Half the amounts are multiples of 50 đồng, so the half-up rule is exercised, not just the common case.
        Gen<Long> amounts = longs().between(1, 2_000_000).map(x -> x % 2 == 0 ? x * 25 : x);
        Gen<Step> steps = integers().between(0, 4).zip(amounts, integers().between(0, 99),
                integers().between(1, 100), Step::new);
        return plans.zip(lists().of(steps).ofSizeBetween(0, 12), LedgerScenario::new);
    }

    /** The oracle: sums in Java with {@link MdrPlan#feeFor}, what the set-based SQL must agree with. */
    Expected expected() {
        var sales = new ArrayList<long[]>(); // {amount, isCard, reversedToday, refunded}
        long reversals = 0, refunds = 0, movements = 0;
        for (Step step : steps) {
            switch (step.kind()) {
                case CARD_SALE -> sales.add(new long[] {step.amountVnd(), 1, 0, 0});
                case QR_SALE -> sales.add(new long[] {step.amountVnd(), 0, 0, 0});
                case REVERSE_TODAY -> {
                    Optional<long[]> sale = pick(sales, step.pick(), true);
                    if (sale.isPresent()) {
                        sale.get()[2] = 1;
                        reversals += sale.get()[0];
                        movements++;
                    }
                }
                case REFUND -> {
                    Optional<long[]> sale = pick(sales, step.pick(), false);
                    long refund = sale.map(found -> refundOf(found, step.share())).orElse(0L);
                    if (refund > 0) {
                        sale.get()[3] += refund;
                        refunds += refund;
                        movements++;
                    }
                }
                default -> {
                    reversals += step.amountVnd();
                    movements++;
                }
            }
        }
        long gross = 0, fee = 0, feeMax = 0;
        for (long[] sale : sales) {
            gross += sale[0];
            if (sale[2] == 0) {
                fee += plan.feeFor(sale[0]);
                feeMax += Math.min(sale[0], plan.capVnd().orElse(sale[0]));
            }
        }
        return new Expected(sales.size(), gross, reversals, refunds, fee, feeMax, sales.size() + movements);
    }

    /** The n-th card sale not yet reversed (cards) or QR sale with something left to refund (QR), if any. */
    static Optional<long[]> pick(List<long[]> sales, int n, boolean card) {
        List<long[]> candidates = sales.stream()
                .filter(sale -> card ? sale[1] == 1 && sale[2] == 0 : sale[1] == 0 && sale[3] < sale[0]).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(n % candidates.size()));
    }

    static long refundOf(long[] sale, int share) {
        long left = sale[0] - sale[3];
        return Math.max(1, left * share / 100);
    }
}
