package vn.ansinh.iso8583.cli;

import picocli.CommandLine.Command;

/** {@code ansinh iso8583 ...}: decode and encode messages of our dialect. */
@Command(name = "iso8583", description = "Decode and encode ISO 8583 messages of the ansinh dialect.",
        mixinStandardHelpOptions = true, subcommands = {Iso8583DecodeCommand.class, Iso8583EncodeCommand.class})
public final class Iso8583Command {
    /** Exit status for input that is not a message of our dialect. */
    public static final int EXIT_MALFORMED = 2;
}
