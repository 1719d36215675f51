package vn.ansinh.console.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ansinh runs …}: payout runs through the engine's API. Each subcommand prints the engine's answer as JSON
 * and exits 0 when the engine accepted, 1 when it refused (the problem is printed) or could not be reached.
 */
@Command(name = "runs", description = "Payout runs: create, show, submit, approve, reject, release, cancel.",
        mixinStandardHelpOptions = true, subcommands = {RunsCommand.Create.class, RunsCommand.Show.class,
                RunsCommand.Submit.class, RunsCommand.Approve.class, RunsCommand.Reject.class,
                RunsCommand.Release.class, RunsCommand.Cancel.class})
public final class RunsCommand {

    static final ObjectMapper JSON = new ObjectMapper();

    static int print(EngineConnection.Reply reply) {
        System.out.println(EngineConnection.pretty(reply.body()));
        return reply.ok() ? 0 : 1;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Command(name = "create", description = "Create a DRAFT run for a program and period (officer).")
    static final class Create implements Callable<Integer> {
        @Mixin EngineConnection engine;
        @Option(names = "--program", required = true, description = "Program code, e.g. BTXH-079.") String program;
        @Option(names = "--period", required = true, description = "The month paid, yyyy-MM.") String period;
        @Option(names = "--kind", defaultValue = "REGULAR", description = "REGULAR (default) or REISSUE.") String kind;
        @Option(names = "--arrears", description = "A JSON file: [{beneficiaryId, amountVnd, forPeriod, reason}].") Path arrears;
        @Option(names = "--payment", description = "A failed payment to re-issue (REISSUE; repeat the option).") List<Long> payments;

        @Override
        public Integer call() throws Exception {
            var body = object().put("program", program).put("period", period).put("kind", kind);
            if (arrears != null) body.set("arrears", JSON.readTree(Files.readString(arrears)));
            if (payments != null) body.set("paymentIds", JSON.valueToTree(payments));
            return print(engine.post("/runs", body, "officer"));
        }
    }

    @Command(name = "show", description = "A run's counts and totals; with --lines or --exclusions, a page of them.")
    static final class Show implements Callable<Integer> {
        @Mixin EngineConnection engine;
        @Parameters(paramLabel = "RUN") long run;
        @Option(names = "--lines", description = "Show a page of lines.") boolean lines;
        @Option(names = "--exclusions", description = "Show a page of exclusions with reasons.") boolean exclusions;
        @Option(names = "--integrity", description = "Recompute the lines hash and compare with every approval.") boolean integrity;
        @Option(names = "--after", defaultValue = "0", description = "Page after this line number / beneficiary id.") long after;
        @Option(names = "--limit", defaultValue = "100", description = "Rows per page (engine maximum applies).") int limit;

        @Override
        public Integer call() throws Exception {
            String page = "?after=" + after + "&limit=" + limit;
            String path = lines ? "/runs/" + run + "/lines" + page : exclusions ? "/runs/" + run + "/exclusions" + page
                    : integrity ? "/runs/" + run + "/integrity" : "/runs/" + run;
            return print(engine.get(path, "officer"));
        }
    }

    @Command(name = "submit", description = "Submit a DRAFT run for approval (officer).")
    static final class Submit implements Callable<Integer> {
        @Mixin EngineConnection engine;
        @Parameters(paramLabel = "RUN") long run;

        @Override
        public Integer call() throws Exception {
            return print(engine.post("/runs/" + run + "/submit", object(), "officer"));
        }
    }

    @Command(name = "approve", description = "Approve a SUBMITTED run you did not make (approver).")
    static final class Approve implements Callable<Integer> {
        @Mixin EngineConnection engine;
        @Parameters(paramLabel = "RUN") long run;
        @Option(names = "--lines-sha256", description = "The lines hash you reviewed; refused if the run's differs.") String seen;

        @Override
        public Integer call() throws Exception {
            var body = object();
            if (seen != null) body.put("linesSha256", seen);
            return print(engine.post("/runs/" + run + "/approve", body, "approver"));
        }
    }

    @Command(name = "reject", description = "Reject a SUBMITTED run with a reason (approver).")
    static final class Reject implements Callable<Integer> {
        @Mixin EngineConnection engine;
        @Parameters(paramLabel = "RUN") long run;
        @Option(names = "--reason", required = true) String reason;

        @Override
        public Integer call() throws Exception {
            return print(engine.post("/runs/" + run + "/reject", object().put("reason", reason), "approver"));
        }
    }

    @Command(name = "release", description = "Release an APPROVED run: payments and outbox rows are written (officer).")
    static final class Release implements Callable<Integer> {
        @Mixin EngineConnection engine;
        @Parameters(paramLabel = "RUN") long run;

        @Override
        public Integer call() throws Exception {
            return print(engine.post("/runs/" + run + "/release", object(), "officer"));
        }
    }

    @Command(name = "cancel", description = "Cancel a run before release, with a reason (officer).")
    static final class Cancel implements Callable<Integer> {
        @Mixin EngineConnection engine;
        @Parameters(paramLabel = "RUN") long run;
        @Option(names = "--reason", required = true) String reason;

        @Override
        public Integer call() throws Exception {
            return print(engine.post("/runs/" + run + "/cancel", object().put("reason", reason), "officer"));
        }
    }
}
