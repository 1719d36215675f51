package vn.ansinh.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.payout.settings.BenefitRule;

class BenefitRulePropertyTest {

    @Test
    void baseTimesCoefficientIsRoundedHalfUpToTheDong() {
        // Proves that base × permille / 1000 in long arithmetic equals the exact product rounded half up, over all bounds.
        qt().forAll(longs().between(BenefitRule.BASE_VND_MIN, BenefitRule.BASE_VND_MAX),
                        integers().between(BenefitRule.PERMILLE_MIN, BenefitRule.PERMILLE_MAX))
                .checkAssert((base, permille) -> {
                    long exact = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(permille))
                            .divide(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_UP).longValueExact();
                    long amount = BenefitRule.BaseCoefficient.apply(base, permille);
                    assertEquals(exact, amount);
                    assertTrue(amount >= 1 && amount <= BenefitRule.RULE_AMOUNT_VND_MAX, () -> "out of bounds: " + amount);
                });
    }

    @Test
    void theRuleNamesTheAmountForEachCase() {
        // Proves that a fixed rule ignores the enrolled amount, no rule pays it, and a category missing from the table has no amount.
        qt().forAll(longs().between(1, BenefitRule.RULE_AMOUNT_VND_MAX), longs().between(1, 100_000_000L))
                .checkAssert((fixed, enrolled) -> {
                    assertEquals(fixed, new BenefitRule.Fixed(fixed).amountVnd(Optional.of("A"), enrolled).getAsLong());
                    assertEquals(enrolled, new BenefitRule.EnrolledAmount().amountVnd(Optional.empty(), enrolled).getAsLong());
                    var table = new BenefitRule.BaseCoefficient(2_055_000, Map.of("A", 1500));
                    assertEquals(3_082_500, table.amountVnd(Optional.of("A"), enrolled).getAsLong());
                    assertTrue(table.amountVnd(Optional.of("B"), enrolled).isEmpty());
                    assertTrue(table.amountVnd(Optional.empty(), enrolled).isEmpty());
                });
    }

    @Test
    void aCoefficientOfHalfADongRoundsUp() {
        // Proves the documented tie rule at its edge: 1,001 đồng × 1.5 = 1,501.5 → 1,502, and 1,001 × 0.5 = 500.5 → 501.
        assertEquals(1_502, BenefitRule.BaseCoefficient.apply(1_001, 1_500));
        assertEquals(501, BenefitRule.BaseCoefficient.apply(1_001, 500));
        assertEquals(1, BenefitRule.BaseCoefficient.apply(BenefitRule.BASE_VND_MIN, BenefitRule.PERMILLE_MIN));
    }
}
