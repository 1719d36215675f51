package vn.ansinh.iso8583;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Iso8583RoundTripPropertyTest {
    private final Iso8583Codec codec = Iso8583Codec.ansinhDialect();

    // Proves any message of our dialect unpacks to itself after packing, and repacks to the same bytes.
    @Test
    void packThenUnpackGivesTheSameMessage() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Iso8583Message message = RandomMessages.of(new Random(seed));
            byte[] packed = pack(message);
            assertEquals(new UnpackResult.Unpacked(message), codec.unpack(packed));
            assertEquals(new String(packed, java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(pack(((UnpackResult.Unpacked) codec.unpack(packed)).message()),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
        });
    }

    // Proves every length header frames and reads back the exact message bytes.
    @Test
    void framingRoundTrips() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            byte[] packed = pack(RandomMessages.of(new Random(seed)));
            for (LengthHeader header : LengthHeader.values()) {
                byte[] read = readBack(header, header.frame(packed));
                assertEquals(java.util.HexFormat.of().formatHex(packed), java.util.HexFormat.of().formatHex(read));
            }
        });
    }

    private static byte[] readBack(LengthHeader header, byte[] framed) {
        try {
            return header.read(new ByteArrayInputStream(framed), 16_384).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] pack(Iso8583Message message) {
        try {
            return codec.pack(message);
        } catch (MalformedFieldException e) {
            throw new AssertionError(message + " -> " + e.error(), e);
        }
    }
}
