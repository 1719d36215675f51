package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.check.BalanceCheck;
import vn.ansinh.reconciliation.check.CompletenessChecker;
import vn.ansinh.reconciliation.check.CompletenessFinding;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.parse.CollectingSink;
import vn.ansinh.reconciliation.parse.CsvMapping;
import vn.ansinh.reconciliation.parse.MinorUnits;
import vn.ansinh.reconciliation.parse.ParseOptions;
import vn.ansinh.reconciliation.parse.ParseOutcome;
import vn.ansinh.reconciliation.parse.StatementParser;

class CsvScaleAndSequenceTest {
    private static final Currency VND = Currency.getInstance("VND");

    @Test
    void vndAmountsWithDecimalsAreRefused() {
        // Proves scale is checked against the currency: VND has no minor unit.
        assertTrue(MinorUnits.parse("1000.5", VND).minor().isEmpty());
        assertEquals(Optional.of(1000L), MinorUnits.parse("1000.00", VND).minor());
        assertEquals(Optional.of(150L), MinorUnits.parse("1.50", Currency.getInstance("EUR")).minor());
    }

    private static final String CSV = """
            NGAN HANG TMCP NGOAI THUONG VIET NAM
            So tai khoan: 0011001234567
            Ngay GD;Ghi no;Ghi co;So du;Mo ta;Ma GD
            02/01/2025;1.500.000;;8.500.000;Tro cap thang 1 E2E-1;FT001
            03/01/2025;;250.000;8.750.000;Hoan tra;FT002
            """;

    @Test
    void vietnameseCsvWithDebitCreditColumnsParsesAndBalances() {
        // Proves dd/MM/yyyy dates, "1.234.567" amounts and debit/credit columns read into a balanced statement.
        CsvMapping mapping = new CsvMapping("0011001234567", VND, ';', 2, "dd/MM/yyyy", CsvMapping.AmountStyle.VIETNAMESE,
                "Ngay GD", Optional.empty(), Optional.empty(), Optional.of("Ghi no"), Optional.of("Ghi co"),
                Optional.of("So du"), Optional.of("Ma GD"), Optional.empty(), Optional.of("Mo ta"), Optional.empty());
        CollectingSink sink = new CollectingSink(10);
        ParseOutcome outcome = new StatementParser(ParseOptions.defaults().withCsvMapping(mapping)).parse(
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "vcb-2025-01.csv", sink);
        ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, outcome, outcome.toString());
        StatementSummary summary = parsed.statements().getFirst();
        assertEquals(1_500_000L, summary.debitTotalMinor());
        assertEquals(250_000L, summary.creditTotalMinor());
        CompletenessReport report = CompletenessChecker.check(parsed.statements());
        assertInstanceOf(BalanceCheck.Consistent.class, report.checks().getFirst().balance());
    }

    @Test
    void sequenceGapIsIncompleteAndRepeatedStatementIsRecognised() {
        // Proves a missing electronic sequence number blocks completeness and an identical re-delivery does not.
        List<StatementSummary> received = new java.util.ArrayList<>();
        for (String name : List.of("generic.sta", "generic.sta")) {
            CorpusFiles.Parsed parsed = CorpusFiles.parse(CorpusFiles.root().resolve("mt940/jejik/" + name));
            received.addAll(((ParseOutcome.Parsed) parsed.outcome()).statements());
        }
        CompletenessReport duplicates = CompletenessChecker.check(received);
        assertTrue(duplicates.complete(), duplicates.findings().toString());
        assertEquals(2, duplicates.findings().stream().filter(f -> f instanceof CompletenessFinding.DuplicateStatement).count());
        CompletenessReport gap = CompletenessChecker.check(List.of(received.getFirst(), received.get(1).header()
                .sequence().getAsLong() == 2 ? withSequence(received.get(1), 4) : received.get(1)));
        assertTrue(gap.findings().stream().anyMatch(f -> f instanceof CompletenessFinding.SequenceGap), gap.findings().toString());
    }

    private static StatementSummary withSequence(StatementSummary summary, long sequence) {
        var header = summary.header();
        return new StatementSummary(new vn.ansinh.reconciliation.model.StatementHeader(header.format(), header.messageId(),
                header.statementId(), header.account(), header.currency(), java.util.OptionalLong.of(sequence), header.page()),
                summary.balances(), summary.creditCount(), summary.debitCount(), summary.creditTotalMinor(),
                summary.debitTotalMinor(), summary.bookedNetMinor(), summary.bookedNetByValueDate(),
                summary.declaredEntryCount(), summary.declaredNetMinor());
    }
}
