package vn.ansinh.reconciliation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import vn.ansinh.reconciliation.parse.CollectingSink;
import vn.ansinh.reconciliation.parse.ParseOptions;
import vn.ansinh.reconciliation.parse.ParseOutcome;
import vn.ansinh.reconciliation.parse.StatementParser;

/** Test helper: the corpus copied under src/test/resources/corpora, and a one-call parse. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path root() {
        try {
            return Path.of(CorpusFiles.class.getResource("/corpora").toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root().resolve(folder))) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Parses with EUR as the account currency: the corpus's MT940 fragments name none and are all EUR accounts. */
    record Parsed(ParseOutcome outcome, CollectingSink sink) {
    }

    static Parsed parse(Path file) {
        CollectingSink sink = new CollectingSink(100_000);
        ParseOutcome outcome = new StatementParser(ParseOptions.defaults()
                .withAccountCurrency(Currency.getInstance("EUR"))).parse(file, sink);
        return new Parsed(outcome, sink);
    }
}
