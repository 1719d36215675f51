package vn.ansinh.console.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ansinh audit verify}: asks the engine to recompute the audit chain. */
@Command(name = "audit", description = "The audit chain.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand {

    @Command(name = "verify", description = "Recompute every hash; exit 0 with the head hash, 1 naming the first broken entry.")
    static final class Verify implements Callable<Integer> {

        @Mixin EngineConnection engine;

        @Override
        public Integer call() throws Exception {
            var reply = engine.get("/audit/verify", "auditor");
            System.out.println(EngineConnection.pretty(reply.body()));
            if (!reply.ok()) return 2;
            return "OK".equals(reply.body().path("status").asText()) ? 0 : 1;
        }
    }
}
