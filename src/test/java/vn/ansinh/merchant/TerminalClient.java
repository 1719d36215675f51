package vn.ansinh.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.Map;
import java.util.TreeMap;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.LengthHeader;
import vn.ansinh.iso8583.MalformedFieldException;
import vn.ansinh.iso8583.UnpackResult;

/** A POS terminal's side of the link: the iso8583 library's codec and 2-byte framing over a real socket. */
final class TerminalClient implements AutoCloseable {
    static final String CARD = "4111111111111111";

    private final Iso8583Codec codec = Iso8583Codec.ansinhDialect();
    private final Socket socket;
    private final String terminalId;
    private int stan;

    TerminalClient(int port, String terminalId, int firstStan) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        this.socket.setSoTimeout(20_000);
        this.terminalId = terminalId;
        this.stan = firstStan;
    }

    String signOn(String sentAt) throws Exception {
        return exchange(new Iso8583Message("0800", Map.of(7, sentAt, 11, nextStan(), 70, "001")));
    }

    Iso8583Message purchase(long amountVnd, String sentAt) {
        String trace = nextStan();
        return new Iso8583Message("0200", new TreeMap<>(Map.of(2, CARD, 3, "000000", 4, String.format("%012d", amountVnd),
                7, sentAt, 11, trace, 37, "RRN" + terminalId.substring(0, 3) + trace, 41, terminalId, 49, "704")));
    }

    Iso8583Message reversalOf(Iso8583Message original, String sentAt) {
        String originalData = "0200" + original.field(11).orElseThrow() + original.field(7).orElseThrow()
                + "00000970436" + "00000000000";
        return new Iso8583Message("0400", Map.of(3, "000000", 4, original.field(4).orElseThrow(), 7, sentAt,
                11, nextStan(), 32, "970436", 41, terminalId, 49, "704", 90, originalData));
    }

    Iso8583Message batchTotals(long debitCount, long debitVnd, String sentAt) {
        return new Iso8583Message("0500", Map.of(7, sentAt, 11, nextStan(), 41, terminalId,
                74, "0000000000", 86, "0000000000000000",
                76, String.format("%010d", debitCount), 88, String.format("%016d", debitVnd)));
    }

    /** Sends one request and answers "MTI/DE39" of the response, after checking it answers this request. */
    String exchange(Iso8583Message request) throws IOException, MalformedFieldException {
        socket.getOutputStream().write(LengthHeader.BINARY_2.frame(codec.pack(request)));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        byte[] body = LengthHeader.BINARY_2.read(in, 8_192).orElseThrow();
        Iso8583Message response = ((UnpackResult.Unpacked) codec.unpack(body)).message();
        assertEquals(request.field(11), response.field(11), "the response answers another request");
        return response.mti() + "/" + response.field(39).orElseThrow();
    }

    private String nextStan() {
        return String.format("%06d", ++stan);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
