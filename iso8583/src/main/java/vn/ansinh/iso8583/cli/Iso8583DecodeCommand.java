package vn.ansinh.iso8583.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.UnpackResult;

/** Prints a message as JSON; exit 2 naming the failing field when it is not a message of our dialect. */
@Command(name = "decode", description = "Decode one message (hex argument or raw file) and print it as JSON.",
        mixinStandardHelpOptions = true)
public final class Iso8583DecodeCommand implements Callable<Integer> {
    private static final long FILE_BYTES_MAX = Iso8583Codec.MESSAGE_BYTES_MAX;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(arity = "1", paramLabel = "HEX", description = "The message bytes as hex.")
        String hex;

        @Option(names = "--file", paramLabel = "F", description = "A file holding the raw message bytes.")
        Path file;
    }

    @Override
    public Integer call() throws IOException {
        byte[] bytes;
        if (source.file != null) {
            if (Files.size(source.file) > FILE_BYTES_MAX) {
                spec.commandLine().getErr().println("malformed: file is larger than " + FILE_BYTES_MAX + " bytes");
                return Iso8583Command.EXIT_MALFORMED;
            }
            bytes = Files.readAllBytes(source.file);
        } else {
            try {
                bytes = HexFormat.of().parseHex(source.hex.strip());
            } catch (IllegalArgumentException notHex) {
                spec.commandLine().getErr().println("malformed: argument is not hex: " + notHex.getMessage());
                return Iso8583Command.EXIT_MALFORMED;
            }
        }
        return switch (Iso8583Codec.ansinhDialect().unpack(bytes)) {
            case UnpackResult.Unpacked unpacked -> {
                spec.commandLine().getOut().println(MessageJson.write(unpacked.message()));
                yield 0;
            }
            case UnpackResult.Malformed malformed -> {
                spec.commandLine().getErr().println("malformed: " + malformed.error());
                yield Iso8583Command.EXIT_MALFORMED;
            }
        };
    }
}
