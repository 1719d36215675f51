package vn.ansinh.console.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ansinh.identity.name.NameMatch;

/**
 * {@code ansinh name match "A" "B"}: both normal forms, the similarity score and the verdict, as JSON. Always
 * exits 0: the verdict is the answer. Register {@link NameMatchCommand.Group} under the root command.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Compare two Vietnamese names as the engine does; prints JSON.")
public final class NameMatchCommand implements Callable<Integer> {

    /** {@code ansinh name}: commands about personal names. */
    @Command(name = "name", description = "Vietnamese personal names.", subcommands = NameMatchCommand.class)
    public static final class Group {
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "a name, e.g. the one in the list")
    String left;

    @Parameters(index = "1", paramLabel = "B", description = "another name, e.g. the one the bank holds")
    String right;

    @Override
    public Integer call() throws Exception {
        NameMatch match = NameMatch.of(left, right);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("normalizedA", match.normalizedLeft());
        json.put("normalizedB", match.normalizedRight());
        json.put("score", match.score());
        json.put("verdict", match.verdict());
        json.put("thresholds", Map.of("match", NameMatch.MATCH_SCORE_MIN, "review", NameMatch.REVIEW_SCORE_MIN));
        spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
