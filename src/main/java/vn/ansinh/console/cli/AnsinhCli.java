package vn.ansinh.console.cli;

import picocli.CommandLine;
import vn.ansinh.iso8583.cli.Iso8583Command;
import vn.ansinh.iso8583.cli.QrCommand;
import picocli.CommandLine.Command;

/**
 * {@code ops/ansinh}: commands that need data call a running engine over its API with a token; pure commands
 * (checks, codecs, parsers) run here without one.
 */
@Command(name = "ansinh", mixinStandardHelpOptions = true, version = "ansinh 0.1.0",
        description = "Pays social-welfare benefits into verified bank accounts, and proves where every đồng went.",
        subcommands = {AuditCommand.class, BeneficiariesCommand.class, RunsCommand.class, CccdCheckCommand.Group.class, NameMatchCommand.Group.class,
                BankCheckCommand.Group.class, StatementCommand.class, StatementsCommand.class, Iso8583Command.class, QrCommand.class, CommandLine.HelpCommand.class})
public final class AnsinhCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new AnsinhCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
