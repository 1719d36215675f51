package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.check.BalanceCheck;
import vn.ansinh.reconciliation.check.BalanceChecker;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.Statement;
import vn.ansinh.reconciliation.parse.CollectingSink;
import vn.ansinh.reconciliation.parse.ParseOptions;
import vn.ansinh.reconciliation.parse.ParseOutcome;
import vn.ansinh.reconciliation.parse.StatementParser;

class Mt940CorpusTest {
    /**
     * Sample files whose statements do not add up (anonymised test data, e.g. triodos: 4975.09 - 15.70 - 700.00 is
     * not 4370.79): python-mt940 never checks balances, our completeness check must flag exactly these.
     */
    private static final java.util.Map<String, Long> UNBALANCED_STATEMENTS = java.util.Map.of("with_newline_in_tnr.sta",
            1L, "sepa_snippet.sta", 1L, "knab.sta", 1L, "abnamro.sta", 2L, "postfinance.sta", 1L, "triodos.sta", 1L,
            "rabobank.sta", 2L, "ing.sta", 1L);

    @Test
    void everyMt940FileAgreesWithItsYmlOnAmountsDatesAndCounts() throws IOException {
        // Proves each parsed MT940/942 file matches python-mt940's expectations entry by entry.
        List<Path> files = CorpusFiles.files("mt940", ".sta");
        assertEquals(33, files.size());
        int compared = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            CorpusFiles.Parsed parsed = CorpusFiles.parse(file);
            if (name.equals("sepa_snippet_broken.sta")) {
                continue;
            }
            assertInstanceOf(ParseOutcome.Parsed.class, parsed.outcome(), name + ": " + parsed.outcome());
            Path yml = file.resolveSibling(name.replace(".sta", ".yml"));
            if (!Files.exists(yml)) {
                continue;
            }
            compare(name, YmlExpectation.read(yml), parsed.sink().statements());
            compared++;
        }
        assertTrue(compared >= 30, "compared " + compared);
    }

    private static void compare(String name, YmlExpectation expected, List<Statement> statements) {
        List<Entry> entries = statements.stream().flatMap(s -> s.entries().stream()).toList();
        assertEquals(expected.amounts().size(), entries.size(), name + " entry count");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            long expectedMinor = minor(expected.amounts().get(i), entry.currency());
            // python-mt940 books "RC" (reversal of credit) as a credit; SWIFT and the file's own balances say debit,
            // so for reversals only the size is compared here and the sign is proven by the balance check below.
            assertEquals(entry.reversal() ? Math.abs(expectedMinor) : expectedMinor,
                    entry.reversal() ? entry.amountMinor() : entry.signedMinor(), name + " amount " + i);
            assertEquals(expected.dates().get(i), entry.valueDate().orElseThrow(), name + " date " + i);
        }
        long unbalanced = statements.stream().filter(statement ->
                BalanceChecker.check(statement.summary()) instanceof BalanceCheck.Inconsistent).count();
        assertEquals(UNBALANCED_STATEMENTS.getOrDefault(name, 0L), unbalanced, name + " statements not adding up");
        Optional<Balance> closing = statements.stream().flatMap(s -> s.summary().balances(BalanceType.CLOSING_BOOKED)
                .stream()).reduce((first, second) -> second);
        expected.finalClosing().ifPresent(amount -> assertEquals(minor(amount, closing.orElseThrow().currency()),
                closing.get().signedMinor(), name + " final closing"));
        Optional<Balance> opening = statements.stream().flatMap(s -> s.summary().balances(BalanceType.OPENING_BOOKED)
                .stream()).reduce((first, second) -> second);
        expected.finalOpening().ifPresent(amount -> assertEquals(minor(amount, opening.orElseThrow().currency()),
                opening.get().signedMinor(), name + " final opening"));
    }

    private static long minor(BigDecimal amount, Currency currency) {
        return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
    }

    @Test
    void sepaSnippetBrokenIsRefusedAtTheMisplacedField() throws IOException {
        // Proves the file whose 86 was mistyped as 25 is refused with its line, not silently re-assigned an account.
        CorpusFiles.Parsed parsed = CorpusFiles.parse(CorpusFiles.root().resolve("mt940/betterplace/sepa_snippet_broken.sta"));
        ParseOutcome.Refused refused = assertInstanceOf(ParseOutcome.Refused.class, parsed.outcome());
        assertEquals("line 6", refused.position());
        assertTrue(refused.reason().contains("field 25"), refused.reason());
    }

    @Test
    void binaryCharacterAndMissingFinalLineBreakStillParse() {
        // Proves the two tolerable oddities named in the corpus parse with their documented balances.
        CorpusFiles.Parsed binary = CorpusFiles.parse(CorpusFiles.root().resolve("mt940/betterplace/with_binary_character.sta"));
        List<Statement> statements = binary.sink().statements();
        assertEquals(2, statements.size());
        assertEquals("STAR1ÜTUMS", statements.get(1).header().statementId());
        assertEquals(13_119_319L, statements.get(1).summary().balance(BalanceType.CLOSING_BOOKED).orElseThrow().signedMinor());
        CorpusFiles.Parsed missing = CorpusFiles.parse(CorpusFiles.root().resolve("mt940/betterplace/missing_crlf_at_end.sta"));
        Balance closing = missing.sink().statements().getFirst().summary().balance(BalanceType.CLOSING_BOOKED).orElseThrow();
        assertEquals(4_257_004L, closing.signedMinor());
        assertEquals(LocalDate.of(2010, 3, 23), closing.date());
    }

    @Test
    void entryWithoutAnyCurrencyIsRefusedUnlessTheAccountCurrencyIsConfigured() {
        // Proves a lone field 61 is not guessed into a currency: the refusal names the entry and line.
        Path file = CorpusFiles.root().resolve("mt940/cmxl/statement_line.sta");
        ParseOutcome outcome = new StatementParser(ParseOptions.defaults()).parse(file, new CollectingSink(10));
        ParseOutcome.Refused refused = assertInstanceOf(ParseOutcome.Refused.class, outcome);
        assertEquals("entry 0 (line 1)", refused.position());
    }
}
