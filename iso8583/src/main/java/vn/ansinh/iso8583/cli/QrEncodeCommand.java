package vn.ansinh.iso8583.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ansinh.vietqr.AsciiText;
import vn.ansinh.vietqr.InitiationMethod;
import vn.ansinh.vietqr.ServiceCode;
import vn.ansinh.vietqr.VietQr;
import vn.ansinh.vietqr.VietQrCodec;

/**
 * Prints a VietQR payload. With --amount the QR is dynamic (one payment), without it static. Diacritics in
 * --purpose and --bill are stripped; what is still not ASCII is refused with exit 2.
 */
@Command(name = "encode", description = "Make a VietQR payload.", mixinStandardHelpOptions = true)
public final class QrEncodeCommand implements Callable<Integer> {
    public static final int EXIT_BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--bank", required = true, paramLabel = "BIN", description = "NAPAS 6-digit bank BIN.")
    String bank;

    @Option(names = "--account", required = true, paramLabel = "N", description = "Account, card or merchant number.")
    String account;

    @Option(names = "--service", defaultValue = "ACCOUNT", description = "ACCOUNT (QRIBFTTA), CARD (QRIBFTTC) or MERCHANT (QRPUSH).")
    ServiceCode service;

    @Option(names = "--amount", paramLabel = "VND", description = "Amount in đồng; makes the QR dynamic.")
    Optional<Long> amount;

    @Option(names = "--purpose", description = "Shown to the payer (62/08), at most 25 characters.")
    Optional<String> purpose;

    @Option(names = "--bill", description = "Bill number (62/01), at most 25 characters.")
    Optional<String> bill;

    @Option(names = "--terminal", description = "Terminal id (62/07), at most 25 characters.")
    Optional<String> terminal;

    @Override
    public Integer call() {
        try {
            VietQr qr = new VietQr(amount.isPresent() ? InitiationMethod.DYNAMIC : InitiationMethod.STATIC, service,
                    bank, account, amount, bill.map(AsciiText::stripDiacritics),
                    terminal.map(AsciiText::stripDiacritics), purpose.map(AsciiText::stripDiacritics));
            spec.commandLine().getOut().println(VietQrCodec.encode(qr));
            return 0;
        } catch (IllegalArgumentException refused) {
            spec.commandLine().getErr().println("refused: " + refused.getMessage());
            return EXIT_BAD_INPUT;
        }
    }
}
