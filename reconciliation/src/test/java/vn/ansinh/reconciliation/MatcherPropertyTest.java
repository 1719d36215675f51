package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.match.BankEntry;
import vn.ansinh.reconciliation.match.BreakClass;
import vn.ansinh.reconciliation.match.MatchPolicy;
import vn.ansinh.reconciliation.match.MatchResult;
import vn.ansinh.reconciliation.match.Matcher;
import vn.ansinh.reconciliation.match.Payment;
import vn.ansinh.reconciliation.match.PaymentStatus;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.verdict.ReconciliationReport;
import vn.ansinh.reconciliation.verdict.Reconciler;
import vn.ansinh.reconciliation.verdict.Verdict;

class MatcherPropertyTest {
    private static final Currency VND = Currency.getInstance("VND");
    private static final String ACCOUNT = "0011001234567";
    private static final Instant AS_OF = Instant.parse("2025-01-10T00:00:00Z");
    private static final MatchPolicy POLICY = MatchPolicy.vietnam(AS_OF);

    /** Per payment: 0 exact, 1 amount mismatch, 2 missing from bank, 3 reported twice, 4 settled yesterday (late). */
    record Scenario(List<BankEntry> entries, List<Payment> payments, Map<BreakClass, Long> expected) {
    }

    static Scenario scenario(List<Integer> kinds, int strayEntries) {
        List<BankEntry> entries = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        Map<BreakClass, Long> expected = new EnumMap<>(BreakClass.class);
        for (int i = 0; i < kinds.size(); i++) {
            String id = "E2E-" + i;
            long amount = 100_000L + i * 1_000L;
            int kind = kinds.get(i);
            Instant status = kind == 4 ? AS_OF.minusSeconds(3_600) : AS_OF.minusSeconds(5 * 86_400);
            payments.add(new Payment(id, amount, VND, ACCOUNT, "VCB-" + i, "Người nhận " + i, Optional.empty(),
                    PaymentStatus.SETTLED, status));
            switch (kind) {
                case 0 -> entries.add(entry("S1", entries.size(), id, amount, Direction.DEBIT));
                case 1 -> {
                    entries.add(entry("S1", entries.size(), id, amount + 7, Direction.DEBIT));
                    expected.merge(BreakClass.AMOUNT_MISMATCH, 1L, Long::sum);
                }
                case 2 -> expected.merge(BreakClass.UNMATCHED_PAYMENT, 1L, Long::sum);
                case 3 -> {
                    entries.add(entry("S1", entries.size(), id, amount, Direction.DEBIT));
                    entries.add(entry("S2", entries.size(), id, amount, Direction.DEBIT));
                    expected.merge(BreakClass.DUPLICATE_BANK_ENTRY, 1L, Long::sum);
                }
                default -> expected.merge(BreakClass.LATE, 1L, Long::sum);
            }
        }
        for (int i = 0; i < strayEntries; i++) {
            entries.add(entry("S3", i, "STRAY-" + i, 7_777L + i, Direction.CREDIT));
            expected.merge(BreakClass.UNMATCHED_BANK_ENTRY, 1L, Long::sum);
        }
        return new Scenario(entries, payments, expected);
    }

    static BankEntry entry(String statement, long index, String id, long amount, Direction direction) {
        Entry entry = new Entry(index, amount, VND, direction, EntryStatus.BOOKED, false,
                Optional.of(LocalDate.of(2025, 1, 6)), Optional.of(LocalDate.of(2025, 1, 6)), Optional.of("REF" + index),
                Optional.of(id), "", Party.unknown(), Optional.empty(), Optional.empty(), List.of());
        return new BankEntry(ACCOUNT, statement, entry);
    }

    static Map<BreakClass, Long> counts(MatchResult result) {
        Map<BreakClass, Long> counts = new EnumMap<>(BreakClass.class);
        result.breaks().forEach(b -> counts.merge(b.breakClass(), 1L, Long::sum));
        return counts;
    }

    @Test
    void injectedBreaksAreFoundExactlyAndEveryEntryIsAccountedFor() {
        // Proves generated statements with known injected breaks yield exactly those breaks and a zero residual.
        qt().forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 40), integers().between(0, 5))
                .checkAssert((kinds, strays) -> {
                    Scenario scenario = scenario(kinds, strays);
                    ReconciliationReport report = Reconciler.reconcile(VND, new CompletenessReport(List.of(), List.of(),
                            List.of()), scenario.entries(), scenario.payments(), List.of(), POLICY);
                    assertEquals(scenario.expected(), counts(report.matching()));
                    assertEquals(0L, report.statement().unexplainedResidualMinor());
                    long bankTotal = scenario.entries().stream().mapToLong(e -> e.entry().amountMinor()).sum();
                    long accounted = report.matching().matches().stream().mapToLong(m -> m.bankAmountMinor()).sum()
                            + report.matching().breaks().stream().mapToLong(b -> b.bankAmountMinor()).sum();
                    assertEquals(bankTotal, accounted);
                    Verdict expectedVerdict = scenario.expected().keySet().stream().anyMatch(c -> c != BreakClass.LATE)
                            ? Verdict.BREAKS : scenario.expected().isEmpty() ? Verdict.RECONCILED
                            : Verdict.RECONCILED_WITH_PENDING;
                    assertEquals(expectedVerdict, report.verdict());
                });
    }

    @Test
    void matchingIsInvariantUnderPermutationAndReRuns() {
        // Proves shuffled inputs and a second run give an identical result.
        qt().forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 30), longs().all())
                .checkAssert((kinds, seed) -> {
                    Scenario scenario = scenario(kinds, 2);
                    MatchResult first = Matcher.match(scenario.entries(), scenario.payments(), List.of(), POLICY);
                    List<BankEntry> entries = new ArrayList<>(scenario.entries());
                    List<Payment> payments = new ArrayList<>(scenario.payments());
                    Collections.shuffle(entries, new Random(seed));
                    Collections.shuffle(payments, new Random(seed + 1));
                    assertEquals(first, Matcher.match(entries, payments, List.of(), POLICY));
                    assertEquals(first, Matcher.match(scenario.entries(), scenario.payments(), List.of(), POLICY));
                });
    }

    @Test
    void oppositeAmountErrorsDoNotCancelOut() {
        // Proves a +7 and a −7 mismatch give BREAKS with 14 explained, never a netted zero.
        Scenario scenario = scenario(List.of(0, 0), 0);
        List<BankEntry> entries = List.of(entry("S1", 0, "E2E-0", 100_007L, Direction.DEBIT),
                entry("S1", 1, "E2E-1", 100_993L, Direction.DEBIT));
        ReconciliationReport report = Reconciler.reconcile(VND, new CompletenessReport(List.of(), List.of(), List.of()),
                entries, scenario.payments(), List.of(), POLICY);
        assertEquals(Verdict.BREAKS, report.verdict());
        assertEquals(14L, report.statement().explainedByClassMinor().get(BreakClass.AMOUNT_MISMATCH));
    }
}
