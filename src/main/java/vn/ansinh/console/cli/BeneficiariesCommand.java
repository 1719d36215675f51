package vn.ansinh.console.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ansinh beneficiaries import}: uploads a list, follows its progress, prints the summary as JSON. */
@Command(name = "beneficiaries", description = "Beneficiary lists.", mixinStandardHelpOptions = true,
        subcommands = BeneficiariesCommand.Import.class)
public final class BeneficiariesCommand {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final Set<String> FINAL = Set.of("COMPLETED", "FAILED");

    @Command(name = "import", description = "Upload a CSV, XLSX or JSON list and wait for every row's outcome. "
            + "Exit 0 when the list completed, 1 when it was refused or failed.")
    static final class Import implements Callable<Integer> {

        @Mixin EngineConnection engine;

        @Option(names = "--program", required = true, description = "Program code, e.g. BTXH-079.")
        String program;

        @Option(names = "--no-wait", description = "Return as soon as the list is accepted.")
        boolean noWait;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(file)) {
                System.err.println("ansinh: cannot read " + file);
                return 1;
            }
            var accepted = engine.upload("/programs/" + program + "/beneficiary-lists", file, "officer");
            if (!accepted.ok()) {
                System.out.println(EngineConnection.pretty(accepted.body()));
                return 1;
            }
            long id = accepted.body().get("id").asLong();
            var list = accepted.body();
            while (!noWait && !FINAL.contains(list.path("status").asText())) {
                Thread.sleep(POLL_INTERVAL);
                list = engine.get("/programs/" + program + "/beneficiary-lists/" + id, "officer").body();
                System.err.printf("\rlist %d: %s %d/%d rows, %d rows/s, eta %ss   ", id, list.path("status").asText(),
                        list.path("rowsRead").asLong(), list.path("rowsTotal").asLong(),
                        list.path("rowsPerSecond").asLong(), list.path("etaSeconds").asText("?"));
            }
            if (!noWait) System.err.println();
            var summary = JsonNodeFactory.instance.objectNode();
            summary.setAll((com.fasterxml.jackson.databind.node.ObjectNode) list);
            System.out.println(EngineConnection.pretty(summary));
            return "FAILED".equals(list.path("status").asText()) ? 1 : 0;
        }
    }
}
