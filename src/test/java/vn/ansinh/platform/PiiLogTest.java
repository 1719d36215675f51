package vn.ansinh.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The engine's real log handlers mask CCCD and account numbers, whatever code logs them. */
@QuarkusTest
class PiiLogTest {

    /** Proves that a line logged with a CCCD and an account number reaches the log file masked. */
    @Test
    void loggedIdentifiersAreMasked() throws Exception {
        String marker = UUID.randomUUID().toString().replaceAll("[0-9]", "x");
        Logger.getLogger(PiiLogTest.class).infof("%s paying cccd %s into account %s", marker, "079123456789",
                "0011001932418");
        Path log = Path.of("target", "ansinh-test.log");
        String line = "";
        for (int attempt = 0; attempt < 50 && line.isEmpty(); attempt++) {
            line = Files.readAllLines(log).stream().filter(l -> l.contains(marker)).findFirst().orElse("");
            if (line.isEmpty()) Thread.sleep(100);
        }
        assertTrue(line.contains("cccd 079******789"), line);
        assertTrue(line.contains("account 001*******418"), line);
        assertFalse(line.contains("079123456789") || line.contains("0011001932418"), line);
    }
}
