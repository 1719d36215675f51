package vn.ansinh.payout.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.ansinh.payout.JsonInput;

/**
 * The rule as V3 stores it in {@code program.benefit_rule}: {@code {"kind":"FIXED","amountVnd":500000}} or
 * {@code {"kind":"BASE_COEFFICIENT","baseVnd":500000,"coefficientsPermille":{"A":1000,"B":1500}}}; no rule (SQL null)
 * is {@link BenefitRule.EnrolledAmount}.
 */
public final class BenefitRuleJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("kind", "amountVnd", "baseVnd", "coefficientsPermille");

    private BenefitRuleJson() {}

    /** The rule as stored: empty for EnrolledAmount (stored as SQL null). */
    public static Optional<Map<String, Object>> toStored(BenefitRule rule) {
        return switch (rule) {
            case BenefitRule.EnrolledAmount _ -> Optional.empty();
            case BenefitRule.Fixed fixed -> Optional.of(Map.of("kind", "FIXED", "amountVnd", fixed.amountVnd()));
            case BenefitRule.BaseCoefficient coefficient -> Optional.of(Map.of("kind", "BASE_COEFFICIENT",
                    "baseVnd", coefficient.baseVnd(), "coefficientsPermille", coefficient.coefficientsPermille()));
        };
    }

    /** The rule for people and the API: always an object with a kind, ENROLLED_AMOUNT when none is configured. */
    public static Map<String, Object> view(BenefitRule rule) {
        return toStored(rule).orElse(Map.of("kind", "ENROLLED_AMOUNT"));
    }

    public static BenefitRule fromStored(Optional<String> storedJson) {
        if (storedJson.isEmpty()) return new BenefitRule.EnrolledAmount();
        try {
            var input = JsonInput.of(JSON.readTree(storedJson.get()), FIELDS);
            var rule = read(input);
            input.refuseIfInvalid("BENEFIT_RULE_STORED_INVALID", "The stored benefit rule is not valid.");
            return rule;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored benefit rule is not JSON", e);
        }
    }

    /** Reads the rule from a request's {@code benefitRule} object, adding violations to the input it came from. */
    public static BenefitRule read(JsonInput rule) {
        String kind = rule.text("kind", 32);
        return switch (kind) {
            case "ENROLLED_AMOUNT" -> new BenefitRule.EnrolledAmount();
            case "FIXED" -> new BenefitRule.Fixed(rule.integer("amountVnd", 1, BenefitRule.RULE_AMOUNT_VND_MAX));
            case "BASE_COEFFICIENT" -> baseCoefficient(rule);
            default -> {
                rule.violation("kind", "ONE_OF", "ENROLLED_AMOUNT, FIXED or BASE_COEFFICIENT");
                yield new BenefitRule.EnrolledAmount();
            }
        };
    }

    private static BenefitRule baseCoefficient(JsonInput rule) {
        long base = rule.integer("baseVnd", BenefitRule.BASE_VND_MIN, BenefitRule.BASE_VND_MAX);
        JsonNode table = rule.node("coefficientsPermille");
        var coefficients = new TreeMap<String, Integer>();
        if (!table.isObject() || table.isEmpty() || table.size() > BenefitRule.CATEGORIES_MAX) {
            rule.violation("coefficientsPermille", "CATEGORIES", "an object of 1.." + BenefitRule.CATEGORIES_MAX
                    + " categories, each with a coefficient in permille");
            return new BenefitRule.EnrolledAmount();
        }
        table.properties().forEach(entry -> {
            JsonNode permille = entry.getValue();
            boolean ok = entry.getKey().matches(BenefitRule.CATEGORY_PATTERN) && permille.isIntegralNumber()
                    && permille.canConvertToInt() && permille.asInt() >= BenefitRule.PERMILLE_MIN
                    && permille.asInt() <= BenefitRule.PERMILLE_MAX;
            if (ok) coefficients.put(entry.getKey(), permille.asInt());
            else rule.violation("coefficientsPermille." + entry.getKey(), "COEFFICIENT", "a category "
                    + BenefitRule.CATEGORY_PATTERN + " with a whole number of permille from " + BenefitRule.PERMILLE_MIN
                    + " to " + BenefitRule.PERMILLE_MAX);
        });
        return rule.valid() ? new BenefitRule.BaseCoefficient(base, coefficients) : new BenefitRule.EnrolledAmount();
    }
}
