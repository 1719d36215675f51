package vn.ansinh.payout.settings;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * How much a beneficiary is paid for one period. Amounts are whole đồng in a {@code long}; coefficients are integers
 * in permille (1,500 ‰ = 1.5 ×), so no floating-point number ever touches money.
 *
 * <p>Rounding rule of {@link BaseCoefficient}: {@code amount = (baseVnd × permille + 500) / 1000} in integer
 * arithmetic, that is base × coefficient rounded half up to the whole đồng. The run writes its lines with exactly
 * this expression in SQL; {@code BenefitRulePropertyTest} and {@code RunAmountsPropertyTest} hold the two together.
 */
public sealed interface BenefitRule permits BenefitRule.EnrolledAmount, BenefitRule.Fixed, BenefitRule.BaseCoefficient {

    /** One line's amount from a rule; a sanity bound on configuration, not a benefit policy. */
    long RULE_AMOUNT_VND_MAX = 1_000_000_000L;
    long BASE_VND_MIN = 1_000L;
    long BASE_VND_MAX = 100_000_000L;
    int PERMILLE_MIN = 1;
    int PERMILLE_MAX = 10_000;
    int CATEGORIES_MAX = 50;
    String CATEGORY_PATTERN = "[A-Z0-9_]{1,16}";

    /**
     * The amount for a beneficiary of this category enrolled with this amount; empty when the rule has no
     * coefficient for the category (such a run is refused, never paid a guess).
     */
    default OptionalLong amountVnd(Optional<String> category, long enrolledAmountVnd) {
        return switch (this) {
            case EnrolledAmount _ -> OptionalLong.of(enrolledAmountVnd);
            case Fixed fixed -> OptionalLong.of(fixed.amountVnd());
            case BaseCoefficient rule -> category.map(rule.coefficientsPermille()::get)
                    .map(permille -> OptionalLong.of(BaseCoefficient.apply(rule.baseVnd(), permille)))
                    .orElse(OptionalLong.empty());
        };
    }

    /** No rule configured: each beneficiary's enrolled benefit_amount_vnd is the amount. */
    record EnrolledAmount() implements BenefitRule {}

    /** Everyone is paid the same amount. */
    record Fixed(long amountVnd) implements BenefitRule {
        public Fixed {
            if (amountVnd < 1 || amountVnd > RULE_AMOUNT_VND_MAX) {
                throw new IllegalArgumentException("a fixed amount is 1.." + RULE_AMOUNT_VND_MAX + " đồng: " + amountVnd);
            }
        }
    }

    /**
     * A base amount times a coefficient per beneficiary category. The bounds keep every amount between 1 đồng
     * (BASE_VND_MIN × PERMILLE_MIN / 1000) and RULE_AMOUNT_VND_MAX, and every product far inside a long.
     */
    record BaseCoefficient(long baseVnd, Map<String, Integer> coefficientsPermille) implements BenefitRule {
        public BaseCoefficient {
            if (baseVnd < BASE_VND_MIN || baseVnd > BASE_VND_MAX) {
                throw new IllegalArgumentException("the base is " + BASE_VND_MIN + ".." + BASE_VND_MAX + " đồng: " + baseVnd);
            }
            if (coefficientsPermille.isEmpty() || coefficientsPermille.size() > CATEGORIES_MAX) {
                throw new IllegalArgumentException("1.." + CATEGORIES_MAX + " categories, not " + coefficientsPermille.size());
            }
            coefficientsPermille.forEach((category, permille) -> {
                if (category == null || !category.matches(CATEGORY_PATTERN)) {
                    throw new IllegalArgumentException("a category is " + CATEGORY_PATTERN + ": " + category);
                }
                if (permille == null || permille < PERMILLE_MIN || permille > PERMILLE_MAX) {
                    throw new IllegalArgumentException("a coefficient is " + PERMILLE_MIN + ".." + PERMILLE_MAX + " ‰: " + permille);
                }
            });
            coefficientsPermille = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(coefficientsPermille));
        }

        /** base × permille / 1000, rounded half up to the đồng; exact, because both factors are bounded integers. */
        public static long apply(long baseVnd, int permille) {
            return Math.addExact(Math.multiplyExact(baseVnd, (long) permille), 500L) / 1000L;
        }
    }
}
