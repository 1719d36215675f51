package vn.ansinh.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.ansinh.testing.SandboxTestResource;

/** Statements come in through the API, a bank's own token and the drop directory, once each, or not at all. */
@QuarkusTest
class StatementIntakeTest {

    private static final Path DROP = Path.of("target", "statement-drop");

    private static byte[] freshStatement() throws Exception {
        ReconWorld world = ReconWorld.create();
        LocalDate day = ReconWorld.today();
        var payment = world.payment(ReconWorld.creditors(1).getFirst(), 330_000, "ACCEPTED", ReconWorld.sentToday());
        world.book(payment, payment.amountVnd());
        SandboxTestResource.sandbox().bankPayments().advance(1);
        return world.statement(day);
    }

    /** Proves that a bank may send statements of accounts at its own BIN only. */
    @Test
    void bankSendsOnlyItsOwnAccounts() throws Exception {
        byte[] statement = freshStatement();
        var stranger = ReconApi.upload(ReconApi.bank("970415"), "other-bank.xml", statement);
        assertEquals(403, stranger.statusCode());
        assertEquals("STATEMENT_ACCOUNT_NOT_YOURS", stranger.jsonPath().getString("code"));
        var own = ReconApi.upload(ReconApi.bank(ReconWorld.BIN), "own-bank.xml", statement);
        assertEquals(201, own.statusCode(), own.asString());
        assertEquals(ReconWorld.BIN, own.jsonPath().getString("statements[0].bankBin"));
    }

    /** Proves that a file the parser refuses is answered with the position and leaves nothing stored. */
    @Test
    void parseRefusalNamesThePositionAndStoresNothing() throws Exception {
        byte[] statement = freshStatement();
        byte[] truncated = Arrays.copyOf(statement, statement.length * 2 / 3);
        String name = "truncated-" + System.nanoTime() + ".xml";
        var refused = ReconApi.upload(ReconApi.officer(), name, truncated);
        assertEquals(400, refused.statusCode(), refused.asString());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("STATEMENT_PARSE_REFUSED", refused.jsonPath().getString("code"));
        assertEquals("position", refused.jsonPath().getString("violations[0].field"));
        assertTrue(refused.jsonPath().getLong("violations[0].row") > 0, refused.asString());
        assertTrue(refused.jsonPath().getString("violations[0].detail").startsWith("line "));
        assertEquals(0, ReconWorld.count("select count(*) from statement_file where file_name = ?", name));
    }

    /** Proves that a dropped file is taken in and moved aside, and a refused one is set apart with its reason. */
    @Test
    void dropDirectoryTakesFilesInAndMovesThemAside() throws Exception {
        byte[] statement = freshStatement();
        Files.createDirectories(DROP);
        String name = "dropped-" + System.nanoTime() + ".xml";
        Path part = DROP.resolve(name + ".part");
        Files.write(part, statement);
        Files.move(part, DROP.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        String garbage = "garbage-" + System.nanoTime() + ".txt";
        Files.writeString(DROP.resolve(garbage), "this is not a bank statement\n");
        awaitFile(DROP.resolve("processed").resolve(name));
        awaitFile(DROP.resolve("refused").resolve(garbage + ".reason.txt"));
        assertEquals(1, ReconWorld.count("select count(*) from statement_file where file_name = ? and channel = "
                + "'DROP_DIRECTORY' and uploaded_by = 'system:statement-drop'", name));
        assertTrue(Files.readString(DROP.resolve("refused").resolve(garbage + ".reason.txt"))
                .startsWith("STATEMENT_PARSE_REFUSED"));
        assertTrue(Files.notExists(DROP.resolve(name)) && Files.notExists(DROP.resolve(garbage)));
    }

    private static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Files.notExists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), file + " did not appear");
    }
}
