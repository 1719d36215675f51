package vn.ansinh.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MdrPlanTest {

    /** Proves the rate part is rounded half up per sale: 0.5 đồng goes up, 0.4999 goes down. */
    @Test
    void rateIsRoundedHalfUpPerSale() {
        var half = new MdrPlan(50, 0, Optional.empty());
        assertEquals(500, half.feeFor(99_999), "499.995 rounds up");
        assertEquals(1, half.feeFor(100), "0.5 rounds up");
        assertEquals(0, half.feeFor(99), "0.495 rounds down");
    }

    /** Proves the fixed fee is added after rounding, then the cap and the sale itself bound the fee. */
    @Test
    void fixedFeeThenCapThenTheSaleBoundTheFee() {
        var plan = new MdrPlan(100, 1_000, Optional.of(5_000L));
        assertEquals(2_500, plan.feeFor(150_000));
        assertEquals(5_000, plan.feeFor(1_234_567), "12,346 + 1,000 is capped");
        assertEquals(700, plan.feeFor(700), "a fee never exceeds its sale");
        assertEquals(0, new MdrPlan(100, 0, Optional.of(0L)).feeFor(1_000_000), "a zero cap means no fee");
    }

    /** Proves plans outside the limits are refused rather than charged. */
    @Test
    void plansOutsideTheLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MdrPlan(10_001, 0, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new MdrPlan(-1, 0, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new MdrPlan(0, -1, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new MdrPlan(0, 0, Optional.of(-1L)));
        assertThrows(IllegalArgumentException.class, () -> new MdrPlan(0, 0, Optional.empty()).feeFor(0));
    }
}
