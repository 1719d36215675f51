package vn.ansinh.iso8583.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ansinh.vietqr.QrParseResult;
import vn.ansinh.vietqr.VietQr;
import vn.ansinh.vietqr.VietQrCodec;

/** Prints a payload's fields as JSON: exit 0 when valid, 1 with the reason when not. */
@Command(name = "decode", description = "Decode a VietQR payload and print it as JSON.", mixinStandardHelpOptions = true)
public final class QrDecodeCommand implements Callable<Integer> {
    public static final int EXIT_INVALID = 1;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "PAYLOAD", description = "The text the QR code holds.")
    String payload;

    @Override
    public Integer call() {
        ObjectNode json = MessageJson.MAPPER.createObjectNode();
        int exit = switch (VietQrCodec.parse(payload)) {
            case QrParseResult.Valid valid -> {
                write(json.put("valid", true), valid.qr());
                yield 0;
            }
            case QrParseResult.Invalid invalid -> {
                json.put("valid", false).put("reason", invalid.reason().name()).put("detail", invalid.detail());
                yield EXIT_INVALID;
            }
        };
        spec.commandLine().getOut().println(json);
        return exit;
    }

    private static void write(ObjectNode json, VietQr qr) {
        json.put("initiation", qr.initiation().name())
                .put("service", qr.service().code())
                .put("bank", qr.acquirerBin())
                .put("account", qr.beneficiary());
        qr.amountVnd().ifPresent(amount -> json.put("amount", amount));
        qr.billNumber().ifPresent(bill -> json.put("bill", bill));
        qr.terminalId().ifPresent(terminal -> json.put("terminal", terminal));
        qr.purpose().ifPresent(purpose -> json.put("purpose", purpose));
    }
}
