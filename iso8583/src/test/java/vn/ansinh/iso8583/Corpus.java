package vn.ansinh.iso8583;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the moov-io corpus copied into test resources. */
final class Corpus {
    private Corpus() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/iso8583/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Iso8583Message unpacked(String name) {
        return switch (Iso8583Codec.ansinhDialect().unpack(bytes(name))) {
            case UnpackResult.Unpacked unpacked -> unpacked.message();
            case UnpackResult.Malformed malformed -> throw new AssertionError(name + " " + malformed.error());
        };
    }
}
