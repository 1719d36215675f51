package vn.ansinh.beneficiary.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @Test
    void theHashIsTheSha256OfTheBytes(@TempDir Path directory) throws IOException {
        // Proves the helper against the published SHA-256 of "abc", and that one changed byte changes the hash.
        Path file = Files.writeString(directory.resolve("a.csv"), "abc", StandardCharsets.US_ASCII);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ContentHash.of(file).sha256Hex());
        Path other = Files.writeString(directory.resolve("b.csv"), "abd", StandardCharsets.US_ASCII);
        assertNotEquals(ContentHash.of(file), ContentHash.of(other));
    }
}
