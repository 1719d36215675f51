package vn.ansinh.console.cli;

import picocli.CommandLine.Command;
import vn.ansinh.reconciliation.cli.StatementParseCommand;

/** {@code ansinh statement …}: bank statements, read locally by the reconciliation library. */
@Command(name = "statement", description = "Bank statements (camt.053/054, MT940/942, CSV).",
        mixinStandardHelpOptions = true, subcommands = StatementParseCommand.class)
public final class StatementCommand {}
