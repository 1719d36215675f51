package vn.ansinh.iso8583.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.LengthHeader;
import vn.ansinh.iso8583.MalformedFieldException;
import vn.ansinh.iso8583.UnpackResult;
import vn.ansinh.iso8583.acquirer.ResponseCode;
import vn.ansinh.iso8583.acquirer.Responses;

class HostServerLimitsTest {
    private final Iso8583Codec codec = Iso8583Codec.ansinhDialect();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** Answers 00 once released; STAN 000009 sleeps past any short handler timeout instead. */
    private final MessageHandler held = new MessageHandler() {
        @Override
        public Optional<Iso8583Message> handle(Iso8583Message request) {
            try {
                if (request.field(11).orElseThrow().equals("000009")) {
                    Thread.sleep(600);
                } else {
                    entered.countDown();
                    release.await(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(Responses.to(request, ResponseCode.APPROVED));
        }

        @Override
        public Optional<Iso8583Message> busy(Iso8583Message request) {
            return Optional.of(Responses.to(request, ResponseCode.ISSUER_OR_SWITCH_INOPERATIVE));
        }
    };

    // Proves with one handler running and one request waiting, a third request is answered busy at once, and the two others are answered once the handler is free.
    @Test
    void pastTheQueueARequestIsAnsweredBusy() throws Exception {
        var config = new HostServerConfig("127.0.0.1", 0, LengthHeader.BINARY_2, 1, 1, 10, 8_192,
                Duration.ofSeconds(10), Duration.ofMinutes(1));
        try (var server = new Iso8583HostServer(config, codec, held);
             var first = new Socket(); var second = new Socket(); var third = new Socket()) {
            server.start();
            for (Socket socket : new Socket[] {first, second, third}) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
                socket.setSoTimeout(5_000);
            }
            send(first, echo("000001"));
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            send(second, echo("000002"));
            Thread.sleep(300); // the second request takes its place in the queue
            send(third, echo("000003"));
            assertEquals("0810/91", receive(third));
            release.countDown();
            assertEquals("0810/00", receive(first));
            assertEquals("0810/00", receive(second));
        }
    }

    // Proves a handler that runs past the handler timeout gets no answer, and the connection still serves the next request.
    @Test
    void aLateAnswerIsNotSent() throws Exception {
        release.countDown();
        var config = new HostServerConfig("127.0.0.1", 0, LengthHeader.BINARY_2, 2, 2, 10, 8_192,
                Duration.ofMillis(300), Duration.ofMinutes(1));
        try (var server = new Iso8583HostServer(config, codec, held); var socket = new Socket()) {
            server.start();
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            socket.setSoTimeout(1_500);
            send(socket, echo("000009"));
            send(socket, echo("000010"));
            assertEquals("0810/00", receive(socket), "the answer to the late request never comes; the next one does");
            socket.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, () -> receive(socket));
        }
    }

    private static Iso8583Message echo(String stan) {
        return new Iso8583Message("0800", Map.of(7, "1122100000", 11, stan, 70, "301"));
    }

    private void send(Socket socket, Iso8583Message request) throws IOException, MalformedFieldException {
        socket.getOutputStream().write(LengthHeader.BINARY_2.frame(codec.pack(request)));
        socket.getOutputStream().flush();
    }

    private String receive(Socket socket) throws IOException {
        byte[] body = LengthHeader.BINARY_2.read(new DataInputStream(socket.getInputStream()), 8_192).orElseThrow();
        Iso8583Message response = ((UnpackResult.Unpacked) codec.unpack(body)).message();
        return response.mti() + "/" + response.field(39).orElseThrow();
    }
}
