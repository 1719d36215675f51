package vn.ansinh.beneficiary.intake.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file as UTF-8 that fails on the first invalid byte instead of silently replacing it with U+FFFD:
 * a replaced byte in a name would pass unnoticed into a payment. A leading UTF-8 byte-order mark is skipped.
 */
final class StrictUtf8 {

    static final int BUFFER_BYTES = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictUtf8() {
    }

    static Reader open(Path file) throws IOException {
        InputStream stream = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            skipBom(stream);
        } catch (IOException e) {
            stream.close();
            throw e;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(stream, decoder);
    }

    private static void skipBom(InputStream stream) throws IOException {
        stream.mark(BOM.length);
        byte[] start = stream.readNBytes(BOM.length);
        if (start.length != BOM.length || start[0] != BOM[0] || start[1] != BOM[1] || start[2] != BOM[2]) {
            stream.reset();
        }
    }
}
