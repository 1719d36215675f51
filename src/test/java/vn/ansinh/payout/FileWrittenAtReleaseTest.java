package vn.ansinh.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ansinh.payout.PayoutFixtures.FUNDING_BIN;
import static vn.ansinh.payout.PayoutFixtures.configure;
import static vn.ansinh.payout.PayoutFixtures.enrolDemoList;
import static vn.ansinh.payout.PayoutFixtures.releasedRun;
import static vn.ansinh.payout.PayoutFixtures.rows;
import static vn.ansinh.payout.PayoutFixtures.settings;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.rails.bank.HttpBankRails;
import vn.ansinh.rails.dispatch.DispatchConfig;
import vn.ansinh.rails.dispatch.OutboxDispatcher;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.SchemaValidator;
import vn.ansinh.rails.xml.SchemaVerdict;

/**
 * A file-rail release writes its pain.001 while it stores the payments, from the run's lines; the dispatcher, which
 * writes a file from the payments whenever it does not find that one, must write the very same bytes.
 */
@QuarkusTest
class FileWrittenAtReleaseTest {

    private static final long TURNS_MAX = 200;

    @Inject Pool pool;
    @Inject Vertx vertx;
    @Inject AuditLog audit;
    @Inject DispatchConfig config;

    @Test
    void theFileWrittenAtReleaseIsTheFileTheDispatcherWritesFromThePayments() throws Exception {
        var enrolled = enrolDemoList();
        configure(enrolled.program(), settings());
        long runId = releasedRun(enrolled.program(), "2026-03").getLong("id");
        Path file = config.spoolDir().resolve("pain001").resolve("ANSINH-R" + runId + "-" + FUNDING_BIN + ".xml");
        String recorded = (String) rows("select sha256 from bank_file where run_id = ?", runId).getFirst().get("sha256");

        assertTrue(Files.isRegularFile(file), file + " written at release");
        assertEquals(recorded, sha256(file));
        try (InputStream input = Files.newInputStream(file)) {
            assertInstanceOf(SchemaVerdict.Valid.class, SchemaValidator.validate(IsoSchema.PAIN_001_001_10, input));
        }
        String xml = Files.readString(file);
        for (var payment : rows("select end_to_end_id from payment where run_id = ?", runId)) {
            assertTrue(xml.contains("<EndToEndId>" + payment.get("end_to_end_id") + "</EndToEndId>"));
        }

        // Without it, the dispatcher writes the file from the payments: the same declaration, the same bytes.
        Files.delete(file);
        HttpBankRails rails = new HttpBankRails(vertx, config.bank());
        try {
            OutboxDispatcher dispatcher = new OutboxDispatcher(pool, rails, audit, config, "release-file-test");
            for (int turn = 0; turn < TURNS_MAX && !Files.isRegularFile(file); turn++) {
                if (dispatcher.turn() == 0) {
                    Thread.sleep(50);
                }
            }
        } finally {
            rails.close();
        }
        assertTrue(Files.isRegularFile(file), "the dispatcher wrote " + file);
        assertEquals(recorded, sha256(file));
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".release")));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
