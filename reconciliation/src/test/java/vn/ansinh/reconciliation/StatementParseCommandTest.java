package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.ansinh.reconciliation.cli.StatementParseCommand;

class StatementParseCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new StatementParseCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void parsedStatementPrintsJsonWithTotalsAndChecks() {
        // Proves exit 0 and JSON with format, totals, entries and the value-date-aware check for the Swiss camt.053.
        String file = CorpusFiles.root().resolve("iso20022/camt.053_P_CH2909000000250094239_1110092698_0_2020112503071366.xml").toString();
        Run run = run(file);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{\"format\":\"CAMT_053\""), run.out());
        assertTrue(run.out().contains("\"creditTotalMinor\":473372"), run.out());
        assertTrue(run.out().contains("\"debitTotalMinor\":7770"), run.out());
        assertTrue(run.out().contains("CONSISTENT_BY_VALUE_DATE"), run.out());
    }

    @Test
    void refusedFileExitsTwoNamingThePosition() {
        // Proves exit 2 with the refusal and its line on stderr.
        Run run = run(CorpusFiles.root().resolve("mt940/betterplace/sepa_snippet_broken.sta").toString());
        assertEquals(StatementParseCommand.EXIT_REFUSED, run.exit());
        assertTrue(run.err().contains("line 6"), run.err());
        assertEquals("", run.out());
    }
}
