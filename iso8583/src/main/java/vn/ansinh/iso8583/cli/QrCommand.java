package vn.ansinh.iso8583.cli;

import picocli.CommandLine.Command;

/** {@code ansinh qr ...}: read and make VietQR payloads. */
@Command(name = "qr", description = "Decode and encode VietQR (EMVCo merchant-presented) payloads.",
        mixinStandardHelpOptions = true, subcommands = {QrDecodeCommand.class, QrEncodeCommand.class})
public final class QrCommand {
}
