package vn.ansinh.payout;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.ansinh.payout.PayoutFixtures.configure;
import static vn.ansinh.payout.PayoutFixtures.execute;
import static vn.ansinh.payout.PayoutFixtures.officer;
import static vn.ansinh.payout.PayoutFixtures.rows;
import static vn.ansinh.payout.PayoutFixtures.settings;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ansinh.fixtures.world.LifeStatus;
import vn.ansinh.payout.settings.BenefitRule;
import vn.ansinh.payout.settings.BenefitRuleJson;
import vn.ansinh.testing.SandboxTestResource;
import vn.ansinh.testing.TestPrograms;

/** The amounts the database writes into a run are the amounts the Java rule names, and the run's total is their sum. */
@QuarkusTest
class RunAmountsPropertyTest {

    static final List<String> CATEGORIES = List.of("A", "B", "C", "D");
    static final int EXAMPLES = 25;

    /** One generated beneficiary: a category (index into CATEGORIES) and an enrolled amount. */
    record Person(int category, long enrolledVnd) {}

    @Test
    void everyLineFollowsTheRuleAndTheTotalIsTheirSum() {
        // Proves that for generated rules and beneficiaries every line amount is the rule's amount and the total is Σ lines.
        qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(rules(), people()).checkAssert((rule, people) -> {
            try {
                checkRun(rule, people);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private static void checkRun(BenefitRule rule, List<Person> people) throws Exception {
        String program = TestPrograms.create();
        var settings = settings();
        BenefitRuleJson.toStored(rule).ifPresent(stored -> settings.put("benefitRule", stored));
        configure(program, settings);
        var expected = enrol(program, people, rule);

        var run = given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("program", program, "period", "2026-01")).post("/runs")
                .then().statusCode(201).extract().jsonPath();
        var lines = rows("select beneficiary_id, amount_vnd from payout_line where run_id = ?", run.getLong("id"));
        var actual = new HashMap<Long, Long>();
        long sum = 0;
        for (var line : lines) {
            actual.put((Long) line.get("beneficiary_id"), (Long) line.get("amount_vnd"));
            sum += (Long) line.get("amount_vnd");
        }
        assertEquals(expected, actual, rule.toString());
        assertEquals(sum, run.getLong("totalVnd"));
        assertEquals(people.size(), run.getLong("lineCount"));
    }

    /** Enrols the people as an older list would have; answers what the Java rule says each must be paid. */
    private static Map<Long, Long> enrol(String program, List<Person> people, BenefitRule rule) throws Exception {
        long listId = (Long) rows("insert into beneficiary_list (program_code, file_name, content_sha256, format, "
                + "file_bytes, uploaded_by, status, rows_total) values (?, 'cu.csv', ?, 'CSV', 1, 'officer-maker', "
                + "'COMPLETED', 0) returning id", program, "%064d".formatted(0)).getFirst().get("id");
        var alive = SandboxTestResource.sandbox().world().people().stream()
                .filter(person -> person.status() == LifeStatus.ALIVE).limit(people.size()).toList();
        var expected = new HashMap<Long, Long>();
        for (int i = 0; i < people.size(); i++) {
            var person = people.get(i);
            String category = CATEGORIES.get(person.category());
            long id = (Long) rows("insert into beneficiary (program_code, cccd, full_name, date_of_birth, gender, "
                    + "benefit_amount_vnd, source_list_id, category) values (?, ?, 'Người Thử', date '1950-01-01', 'F', ?, ?, ?) "
                    + "returning id", program, alive.get(i).cccd(), person.enrolledVnd(), listId, category).getFirst().get("id");
            execute("insert into beneficiary_account (beneficiary_id, cccd, bank_bin, account_number, holder_name, "
                    + "name_score_bp, valid_from, source_list_id) values (?, ?, '970415', ?, 'NGUOI THU', 10000, now(), ?)",
                    id, alive.get(i).cccd(), "10" + String.format("%010d", id), listId);
            expected.put(id, rule.amountVnd(Optional.of(category), person.enrolledVnd()).getAsLong());
        }
        return expected;
    }

    static Gen<BenefitRule> rules() {
        Gen<BenefitRule> fixed = longs().between(1, BenefitRule.RULE_AMOUNT_VND_MAX).map(BenefitRule.Fixed::new);
        // Half the coefficients are multiples of 500 ‰, so an odd base lands exactly on half a đồng: the rounding tie,
        // which uniform values would reach about once in a thousand lines.
        Gen<Integer> permille = integers().between(BenefitRule.PERMILLE_MIN, BenefitRule.PERMILLE_MAX)
                .mix(integers().between(1, BenefitRule.PERMILLE_MAX / 500).map(multiple -> multiple * 500), 50);
        Gen<BenefitRule> coefficient = longs().between(BenefitRule.BASE_VND_MIN, BenefitRule.BASE_VND_MAX).zip(
                lists().of(permille).ofSize(CATEGORIES.size()),
                (base, permilles) -> {
                    var table = new HashMap<String, Integer>();
                    for (int i = 0; i < CATEGORIES.size(); i++) table.put(CATEGORIES.get(i), permilles.get(i));
                    return new BenefitRule.BaseCoefficient(base, table);
                });
        Gen<BenefitRule> enrolled = integers().between(0, 0).map(none -> new BenefitRule.EnrolledAmount());
        return integers().between(0, 2).flatMap(kind -> switch (kind) {
            case 0 -> enrolled;
            case 1 -> fixed;
            default -> coefficient;
        });
    }

    static Gen<List<Person>> people() {
        return lists().of(integers().between(0, CATEGORIES.size() - 1).zip(longs().between(1, 50_000_000L), Person::new))
                .ofSizeBetween(1, 12);
    }
}
