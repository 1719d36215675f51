package vn.ansinh.reconciliation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ansinh.reconciliation.check.CompletenessChecker;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.model.Statement;
import vn.ansinh.reconciliation.parse.CollectingSink;
import vn.ansinh.reconciliation.parse.ParseOptions;
import vn.ansinh.reconciliation.parse.ParseOutcome;
import vn.ansinh.reconciliation.parse.StatementParser;

/**
 * {@code statement parse FILE}: register as subcommand "parse" of a "statement" command. Prints JSON on stdout and
 * exits 0 when the file parsed; exits 2 with the refusal and its position on stderr when it did not.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a bank statement (camt.052/053/054, MT940/942) and check its completeness.")
public final class StatementParseCommand implements Callable<Integer> {
    /** Exit code when the file is refused. */
    public static final int EXIT_REFUSED = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "statement file")
    Path file;

    @Option(names = "--account-currency", description = "currency for MT940 files that name none (ISO 4217)")
    String accountCurrency;

    @Override
    public Integer call() {
        ParseOptions options = ParseOptions.defaults();
        if (accountCurrency != null) {
            options = options.withAccountCurrency(Currency.getInstance(accountCurrency));
        }
        CollectingSink sink = new CollectingSink(options.limits().entriesInMemoryMax());
        ParseOutcome outcome = new StatementParser(options).parse(file, sink);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return switch (outcome) {
            case ParseOutcome.Parsed parsed -> {
                CompletenessReport report = CompletenessChecker.check(parsed.statements());
                java.util.List<Statement> statements = sink.statements();
                out.println(StatementJson.render(parsed.format().name(), statements, report));
                out.flush();
                yield 0;
            }
            case ParseOutcome.Refused refused -> {
                err.println("statement parse: " + file + " refused: " + refused.describe());
                err.flush();
                yield EXIT_REFUSED;
            }
        };
    }
}
