package vn.ansinh.beneficiary.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of a file's bytes, in lower-case hex. Two uploads with the same hash are the same list, so the
 * second earns DUPLICATE_FILE before any row is read. Hashing streams the file: memory does not grow with it.
 */
public record ContentHash(String sha256Hex) {

    private static final int BUFFER_BYTES = 64 * 1024;

    public ContentHash {
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        if (!sha256Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits: " + sha256Hex);
        }
    }

    public static ContentHash of(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return of(stream);
        }
    }

    /** Hashes the stream to its end; the caller closes it. */
    public static ContentHash of(InputStream stream) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int read = stream.read(buffer); read != -1; read = stream.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return new ContentHash(HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
