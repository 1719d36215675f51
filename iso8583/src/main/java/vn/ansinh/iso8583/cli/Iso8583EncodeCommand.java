package vn.ansinh.iso8583.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.MalformedFieldException;

/** Reads a message as JSON and prints its bytes as upper-case hex; exit 2 naming the field that does not fit. */
@Command(name = "encode", description = "Encode a JSON message {\"mti\":..,\"fields\":{..}} from stdin or --json; print hex.",
        mixinStandardHelpOptions = true)
public final class Iso8583EncodeCommand implements Callable<Integer> {
    private static final int JSON_BYTES_MAX = 1 << 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", paramLabel = "JSON", description = "The message; read from stdin when absent.")
    String json;

    /** Where the JSON comes from when --json is absent; the engine's CLI and tests may replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        String text = json != null ? json : readStdin();
        try {
            byte[] packed = Iso8583Codec.ansinhDialect().pack(MessageJson.read(text));
            spec.commandLine().getOut().println(HexFormat.of().withUpperCase().formatHex(packed));
            return 0;
        } catch (MalformedFieldException malformed) {
            spec.commandLine().getErr().println("malformed: " + malformed.error());
        } catch (IllegalArgumentException badJson) {
            spec.commandLine().getErr().println("malformed: " + badJson.getMessage());
        }
        return Iso8583Command.EXIT_MALFORMED;
    }

    private String readStdin() throws IOException {
        byte[] bytes = stdin.readNBytes(JSON_BYTES_MAX + 1);
        if (bytes.length > JSON_BYTES_MAX) {
            throw new IOException("JSON on stdin exceeds " + JSON_BYTES_MAX + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
