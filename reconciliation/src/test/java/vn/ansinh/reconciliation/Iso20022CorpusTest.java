package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.check.BalanceCheck;
import vn.ansinh.reconciliation.check.BalanceChecker;
import vn.ansinh.reconciliation.model.Statement;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.parse.ParseOutcome;

class Iso20022CorpusTest {
    /** Messages that are not statements and must be refused as such. */
    private static final Set<String> NOT_STATEMENTS = Set.of("invalid_pain_v11.xml", "valid_pain_v11.xml",
            "valid_camt_v09.xml", "musterfile_pain.001_Nov2020.xml", "pain008-musterfile.xml");

    @Test
    void everyCamtFileParsesAndEveryOtherMessageIsRefusedAsNotAStatement() throws IOException {
        // Proves each ISO 20022 corpus file is either a parsed camt statement or a clear NOT_A_STATEMENT refusal.
        List<Path> files = CorpusFiles.files("iso20022", ".xml");
        assertEquals(26, files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            ParseOutcome outcome = CorpusFiles.parse(file).outcome();
            if (NOT_STATEMENTS.contains(name) || name.startsWith("pain")) {
                ParseOutcome.Refused refused = assertInstanceOf(ParseOutcome.Refused.class, outcome, name);
                assertEquals(ParseOutcome.RefusalKind.NOT_A_STATEMENT, refused.kind(), name);
                assertTrue(refused.reason().contains("not a bank statement"), refused.reason());
                assertTrue(refused.position().startsWith("line "), refused.position());
            } else {
                ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, outcome, name + ": " + outcome);
                assertTrue(parsed.format().name().startsWith("CAMT_"), name);
                assertTrue(parsed.statements().size() >= 1, name);
            }
        }
    }

    @Test
    void swissStatementWithNextDayValueDateIsConsistentThroughForwardAvailableBalance() throws IOException {
        // Proves opening + entries = FWAV (not CLBD) is judged consistent because one entry is value-dated next day.
        Path file = CorpusFiles.files("iso20022", ".xml").stream()
                .filter(p -> p.getFileName().toString().startsWith("camt.053_P_CH29")).findFirst().orElseThrow();
        CorpusFiles.Parsed parsed = CorpusFiles.parse(file);
        Statement statement = parsed.sink().statements().getFirst();
        assertEquals(StatementFormat.CAMT_053, statement.header().format());
        assertEquals(5, statement.entries().size());
        assertEquals(118L, statement.header().sequence().getAsLong());
        BalanceCheck check = BalanceChecker.check(statement.summary());
        BalanceCheck.ConsistentByValueDate byValueDate = assertInstanceOf(BalanceCheck.ConsistentByValueDate.class, check);
        assertEquals(153_700L, byValueDate.forwardValuedNetMinor());
        assertTrue(byValueDate.reason().contains("value-dated after 2020-11-24"), byValueDate.reason());
    }

    @Test
    void finnishStatementBalancesAndBatchDetailsAreRead() throws IOException {
        // Proves camt.053.001.02 balances add up and batched entries expose their transaction details.
        Path file = CorpusFiles.root().resolve("iso20022/FI_camt_053_sample.xml.xml");
        CorpusFiles.Parsed parsed = CorpusFiles.parse(file);
        Statement statement = parsed.sink().statements().getFirst();
        assertEquals(10, statement.entries().size());
        BalanceCheck check = BalanceChecker.check(statement.summary());
        assertTrue(!(check instanceof BalanceCheck.Inconsistent), check.reason());
        assertTrue(statement.entries().stream().anyMatch(e -> e.details().size() > 1));
    }

    @Test
    void notificationWithBatchAndReturnsKeepsBatchCountAndReturnReasons() throws IOException {
        // Proves camt.054 batch summaries and return reasons survive mapping into the model.
        Path file = CorpusFiles.root().resolve("iso20022/FI_camt_054_sample.xml.xml");
        Statement statement = CorpusFiles.parse(file).sink().statements().getFirst();
        assertEquals(6, statement.entries().size());
        assertEquals(2, statement.entries().getFirst().batch().orElseThrow().transactionCount().getAsInt());
        assertTrue(statement.entries().getLast().isReturn());
        assertEquals(6L, statement.summary().declaredEntryCount().getAsLong());
    }
}
