package vn.ansinh.iso8583.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliCommandsTest {
    private static final String NETWORK_HEX = HexFormat.of().formatHex(
            "0800823A0000000000000400000000000000042009061390000109061304200420001".getBytes());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    // Proves iso8583 decode prints the MTI and fields as JSON for a valid message.
    @Test
    void decodePrintsJson() {
        assertEquals(0, run(new Iso8583Command(), "decode", NETWORK_HEX));
        assertEquals("{\"mti\":\"0800\",\"fields\":{\"7\":\"0420090613\",\"11\":\"900001\",\"12\":\"090613\","
                + "\"13\":\"0420\",\"15\":\"0420\",\"70\":\"001\"}}", out.toString().strip());
    }

    // Proves iso8583 decode exits 2 and names the field when the input breaks the dialect.
    @Test
    void decodeNamesTheFailingField() {
        String badDate = NETWORK_HEX.replace(HexFormat.of().formatHex("0420090613".getBytes()),
                HexFormat.of().formatHex("1320090613".getBytes()));
        assertEquals(Iso8583Command.EXIT_MALFORMED, run(new Iso8583Command(), "decode", badDate));
        assertTrue(err.toString().contains("field 7: month 13"), err.toString());
    }

    // Proves iso8583 encode turns the decoded JSON back into the original bytes.
    @Test
    void encodeReversesDecode() {
        run(new Iso8583Command(), "decode", NETWORK_HEX);
        String json = out.toString().strip();
        out.getBuffer().setLength(0);
        assertEquals(0, run(new Iso8583Command(), "encode", "--json", json));
        assertEquals(NETWORK_HEX.toUpperCase(), out.toString().strip());
    }

    // Proves iso8583 encode exits 2 naming the field that does not fit the dialect.
    @Test
    void encodeRefusesAFieldOutsideTheDialect() {
        int exit = run(new Iso8583Command(), "encode", "--json",
                "{\"mti\":\"0800\",\"fields\":{\"7\":\"0420090613\",\"11\":\"9001\"}}");
        assertEquals(Iso8583Command.EXIT_MALFORMED, exit, err.toString());
        assertTrue(err.toString().contains("field 11: must be exactly 6 characters"), err.toString());
    }

    // Proves qr encode then qr decode gives back the bank, account, amount and stripped purpose, exit 0.
    @Test
    void qrEncodeThenDecode() {
        assertEquals(0, run(new QrCommand(), "encode", "--bank", "970436", "--account", "0011001932418",
                "--amount", "500000", "--purpose", "Trợ cấp tháng 11"));
        String payload = out.toString().strip();
        out.getBuffer().setLength(0);
        assertEquals(0, run(new QrCommand(), "decode", payload));
        assertEquals("{\"valid\":true,\"initiation\":\"DYNAMIC\",\"service\":\"QRIBFTTA\",\"bank\":\"970436\","
                + "\"account\":\"0011001932418\",\"amount\":500000,\"purpose\":\"Tro cap thang 11\"}", out.toString().strip());
    }

    // Proves qr decode exits 1 and states the reason for a payload with a wrong CRC.
    @Test
    void qrDecodeInvalidGivesReason() {
        String payload = "00020101021138570010A00000072701270006970436011300110019324180208QRIBFTTA53037045802VN6304E0BC";
        assertEquals(QrDecodeCommand.EXIT_INVALID, run(new QrCommand(), "decode", payload));
        assertTrue(out.toString().contains("\"reason\":\"BAD_CRC\""), out.toString());
    }
}
