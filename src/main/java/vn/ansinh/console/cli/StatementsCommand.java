package vn.ansinh.console.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ansinh statements upload FILE}: hands a bank statement to the engine for reconciliation. Register it in
 * {@link AnsinhCli}'s subcommands. (The local parser is {@code ansinh statement parse}.)
 */
@Command(name = "statements", description = "Bank statements for reconciliation, stored by the engine.",
        mixinStandardHelpOptions = true, subcommands = StatementsCommand.Upload.class)
public final class StatementsCommand {

    /** Exit code when the engine already holds this file (same SHA-256): nothing to do, nothing wrong. */
    static final int EXIT_ALREADY_STORED = 2;

    @Command(name = "upload", description = "Upload a camt.052/053/054 or MT940/942 statement file. Exit 0 when "
            + "stored, 2 when the engine already had it, 1 when it was refused or could not be sent.")
    static final class Upload implements Callable<Integer> {

        @Mixin EngineConnection engine;

        @Option(names = "--bank-bin", description = "The bank, when the account number exists at two banks.")
        String bankBin;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(file) || !Files.isRegularFile(file)) {
                System.err.println("ansinh: cannot read " + file);
                return 1;
            }
            String path = "/statements" + (bankBin == null ? "" : "?bankBin=" + bankBin);
            var reply = engine.upload(path, file, "officer");
            System.out.println(EngineConnection.pretty(reply.body()));
            if (reply.ok()) {
                return 0;
            }
            return "DUPLICATE_STATEMENT_FILE".equals(reply.body().path("code").asText()) ? EXIT_ALREADY_STORED : 1;
        }
    }
}
