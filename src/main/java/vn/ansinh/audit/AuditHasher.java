package vn.ansinh.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * hash = SHA-256(previous hash ‖ canonical entry), both as UTF-8 text. The canonical entry is the canonical JSON of
 * {action, actor, payload, recordedAt, seq, subject}; recordedAt is ISO-8601 UTC in microseconds, the precision
 * PostgreSQL keeps, so what is read back hashes as what was written.
 */
public final class AuditHasher {

    public static final String GENESIS_HASH = "0".repeat(64);

    private AuditHasher() {}

    public static Instant storablePrecision(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String canonicalEntry(long seq, Instant recordedAt, String actor, String action, String subject,
                                        String payloadJson) {
        var entry = JsonNodeFactory.instance.objectNode()
                .put("seq", seq)
                .put("recordedAt", storablePrecision(recordedAt).toString())
                .put("actor", actor)
                .put("action", action)
                .put("subject", subject);
        entry.set("payload", CanonicalJson.parse(payloadJson));
        return CanonicalJson.write(CanonicalJson.canonical(entry));
    }

    public static String hash(String previousHash, String canonicalEntry) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonicalEntry.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
