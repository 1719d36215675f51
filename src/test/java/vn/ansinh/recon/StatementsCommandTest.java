package vn.ansinh.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.SandboxTestResource;

/** {@code ansinh statements upload FILE}, run as the operator runs it: a separate process talking to the engine. */
@QuarkusTest
class StatementsCommandTest {

    @TestHTTPResource("/")
    URL engine;

    /** Proves that the command stores a statement (exit 0), then reports it as already stored (exit 2). */
    @Test
    void uploadsOnceThenSaysAlreadyStored() throws Exception {
        ReconWorld world = ReconWorld.create();
        LocalDate day = ReconWorld.today();
        var payment = world.payment(ReconWorld.creditors(1).getFirst(), 440_000, "ACCEPTED", ReconWorld.sentToday());
        world.book(payment, payment.amountVnd());
        SandboxTestResource.sandbox().bankPayments().advance(1);
        Path file = Files.createTempFile("statement-", ".xml");
        Files.write(file, world.statement(day));
        Run first = run(file);
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("\"lines\" : 1"), first.output());
        Run second = run(file);
        assertEquals(2, second.exit(), second.output());
        assertTrue(second.output().contains("DUPLICATE_STATEMENT_FILE"), second.output());
        Run missing = run(file.resolveSibling("no-such-statement.xml"));
        assertEquals(1, missing.exit());
    }

    record Run(int exit, String output) {}

    private Run run(Path file) throws Exception {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StatementsCommandMain.class.getName(), "upload", file.toString())
                .redirectErrorStream(true);
        process.environment().put("ANSINH_URL", engine.toString().replaceAll("/$", ""));
        process.environment().put("ANSINH_TOKEN", ReconApi.officer());
        Process started = process.start();
        if (!started.waitFor(60, TimeUnit.SECONDS)) {
            started.destroyForcibly();
            throw new AssertionError("ansinh statements upload did not finish");
        }
        return new Run(started.exitValue(), new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
