package vn.ansinh.merchant.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.AdminDatabase;

/**
 * Settlement conserves money: for generated days of generated merchants, the set-based cutover's lines and batch
 * come to exactly what an independent Java oracle says, and gross = net + fees + reversed + refunded per merchant
 * and in total, with every fee between zero and its cap.
 */
@QuarkusTest
class SettlementConservationPropertyTest {

    /** Generated days live far in the past (1900s), two days apart, so they never meet real or earlier ones. */
    private static final LocalDate PAST_END = LocalDate.of(2000, 1, 1);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject Cutover cutover;
    @Inject Settlements settlements;
    @Inject ReportEntries reportEntries;

    /** Proves conservation, oracle agreement and fee bounds for every generated set of merchants and transactions. */
    @Test
    void settlementConservesMoneyAndBoundsEveryFee() throws Exception {
        try (Connection db = AdminDatabase.connectAsEngine()) {
            LocalDate[] next = {firstFreeDate(db)};
            var writer = new ScenarioWriter(db);
            qt().withExamples(40).withShrinkCycles(20)
                    .forAll(lists().of(LedgerScenario.scenarios()).ofSizeBetween(1, 4))
                    .checkAssert(merchants -> {
                        LocalDate day = next[0];
                        next[0] = day.plusDays(2);
                        settleAndCheck(writer, merchants, day);
                    });
        }
    }

    private void settleAndCheck(ScenarioWriter writer, List<LedgerScenario> merchants, LocalDate day) {
        try {
            Map<Long, LedgerScenario> byMerchant = new HashMap<>();
            for (LedgerScenario scenario : merchants) {
                long id = writer.merchant(scenario);
                writer.day(id, scenario, day);
                byMerchant.put(id, scenario);
            }
            SettlementBatch batch = cutover.cutover(day, "test:property").await().atMost(WAIT).batch();
            List<SettlementLine> lines = settlements.lines(batch.id(), 0, 100).await().atMost(WAIT);
            checkLines(batch, lines, byMerchant);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkLines(SettlementBatch batch, List<SettlementLine> lines, Map<Long, LedgerScenario> byMerchant) {
        SettlementTotals sum = SettlementTotals.ZERO;
        long expectedGross = 0;
        var settled = new ArrayList<Long>();
        for (SettlementLine line : lines) {
            LedgerScenario.Expected expected = byMerchant.get(line.merchantId()).expected();
            SettlementTotals totals = line.totals();
            assertEquals(List.of(expected.saleCount(), expected.grossVnd(), expected.reversalsVnd(), expected.refundsVnd(),
                    expected.feeVnd(), expected.netVnd()), List.of(totals.saleCount(), totals.grossVnd(),
                    totals.reversalsVnd(), totals.refundsVnd(), totals.feeVnd(), totals.netVnd()), "merchant " + line.merchantId());
            assertEquals(expected.grossVnd(), totals.netVnd() + totals.feeVnd() + totals.reversalsVnd() + totals.refundsVnd());
            assertTrue(totals.feeVnd() >= 0 && totals.feeVnd() <= expected.feeMaxVnd(), "fee within caps");
            checkEachFee(batch, line, byMerchant.get(line.merchantId()));
            sum = sum.plus(totals);
            expectedGross += expected.grossVnd();
            settled.add(line.merchantId());
        }
        assertEquals(sum, batch.totals(), "the batch is the sum of its lines");
        assertEquals(expectedGross, sum.netVnd() + sum.feeVnd() + sum.reversalsVnd() + sum.refundsVnd(), "in total");
        long active = byMerchant.values().stream().filter(scenario -> scenario.expected().entriesToday() > 0).count();
        assertEquals(active, settled.size(), "one line per merchant with entries");
    }

    /** Each sale's fee, as the report computes it in SQL, is the Java rule's and lies between 0 and the cap. */
    private void checkEachFee(SettlementBatch batch, SettlementLine line, LedgerScenario scenario) {
        reportEntries.forEach(batch, line, entry -> {
            assertTrue(entry.feeVnd() >= 0);
            scenario.plan().capVnd().ifPresent(cap -> assertTrue(entry.feeVnd() <= cap, "fee above the cap"));
            if (entry.feeVnd() > 0) {
                assertEquals(scenario.plan().feeFor(entry.amountVnd()), entry.feeVnd(), "SQL and Java fee rules");
            }
        });
    }

    private static LocalDate firstFreeDate(Connection db) throws java.sql.SQLException {
        try (var query = db.prepareStatement(
                "select coalesce(max(business_date) + 2, date '1900-01-02') from settlement_batch where business_date < ?")) {
            query.setObject(1, PAST_END);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, LocalDate.class);
            }
        }
    }
}
