package vn.ansinh.iso8583.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.LengthHeader;
import vn.ansinh.iso8583.MalformedFieldException;
import vn.ansinh.iso8583.UnpackResult;
import vn.ansinh.iso8583.acquirer.AcquirerHandler;
import vn.ansinh.iso8583.acquirer.AuthorizationDecision;
import vn.ansinh.iso8583.acquirer.InMemoryTransactionJournal;

class HostServerLoopbackTest {
    private static final String TERMINAL = "POS00017";
    private final Iso8583Codec codec = Iso8583Codec.ansinhDialect();

    // Proves a terminal on a real socket gets 00 for sign-on, purchase, reversal and batch, and 94 for a duplicate.
    @Test
    void terminalSessionOverLoopback() throws Exception {
        InMemoryTransactionJournal journal = new InMemoryTransactionJournal(1_000);
        AcquirerHandler acquirer = new AcquirerHandler(journal, request -> new AuthorizationDecision.Approved("A1B2C3"),
                Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC));
        try (Iso8583HostServer server = new Iso8583HostServer(HostServerConfig.defaults("127.0.0.1", 0), codec, acquirer)) {
            server.start();
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(5_000);
                Iso8583Message signOn = new Iso8583Message("0800", Map.of(7, "1122100000", 11, "000001", 70, "001"));
                assertEquals("0810/00", exchange(socket, signOn));

                Iso8583Message purchase = new Iso8583Message("0200", Map.of(2, "4111111111111111", 3, "000000",
                        4, "000000150000", 7, "1122100105", 11, "000002", 37, "633210000002", 41, TERMINAL, 49, "704"));
                assertEquals("0210/00", exchange(socket, purchase));
                assertEquals("0210/94", exchange(socket, purchase));

                Iso8583Message reversal = new Iso8583Message("0400", Map.of(3, "000000", 4, "000000150000",
                        7, "1122100200", 11, "000003", 32, "970436", 41, TERMINAL, 49, "704",
                        90, "0200" + "000002" + "1122100105" + "00000970436" + "00000000000"));
                assertEquals("0410/00", exchange(socket, reversal));
                assertEquals("0410/00", exchange(socket, reversal.withMti("0401")));

                Iso8583Message batch = new Iso8583Message("0500", Map.of(7, "1122230000", 11, "000004", 41, TERMINAL,
                        74, "0000000000", 76, "0000000000", 86, "0000000000000000", 88, "0000000000000000"));
                assertEquals("0510/00", exchange(socket, batch));
            }
        }
    }

    private String exchange(Socket socket, Iso8583Message request) throws IOException, MalformedFieldException {
        OutputStream out = socket.getOutputStream();
        out.write(LengthHeader.BINARY_2.frame(codec.pack(request)));
        out.flush();
        InputStream in = new DataInputStream(socket.getInputStream());
        byte[] body = LengthHeader.BINARY_2.read(in, 8_192).orElseThrow();
        Iso8583Message response = ((UnpackResult.Unpacked) codec.unpack(body)).message();
        assertEquals(request.field(11), response.field(11));
        return response.mti() + "/" + response.field(39).orElseThrow();
    }
}
