package vn.ansinh.iso8583.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.LengthHeader;
import vn.ansinh.iso8583.MalformedFieldException;
import vn.ansinh.iso8583.UnpackResult;
import vn.ansinh.iso8583.acquirer.ResponseCode;
import vn.ansinh.iso8583.acquirer.Responses;

/** The accept loop outlives a connection it cannot serve, and says when it has stopped taking connections. */
class AcceptLoopTest {
    private static final long WAIT_MS = 5_000;

    private final Iso8583Codec codec = Iso8583Codec.ansinhDialect();
    private final MessageHandler approving = request -> Optional.of(Responses.to(request, ResponseCode.APPROVED));
    private final HostServerConfig config = new HostServerConfig("127.0.0.1", 0, LengthHeader.BINARY_2, 4, 4, 10,
            8_192, Duration.ofSeconds(10), Duration.ofMinutes(1));

    /** Proves a connection whose thread cannot start is closed, and the next connection is served as usual. */
    @Test
    void aConnectionThatCannotBeServedIsClosedAndTheNextIsServed() throws Exception {
        try (var server = new Iso8583HostServer(config, codec, approving, failingFirst(() -> new IllegalStateException("no thread")))) {
            assertFalse(server.isAccepting(), "accepting before start");
            server.start();
            try (var refused = connect(server)) {
                assertEquals(-1, refused.getInputStream().read(), "the connection without a thread was not closed");
            }
            try (var served = connect(server)) {
                assertEquals("0810/00", echo(served));
            }
            assertTrue(server.isAccepting());
        }
    }

    /** Proves an Error in the accept loop ends it and isAccepting() then says so, while close() still works. */
    @Test
    void anErrorStopsAcceptingAndIsReported() throws Exception {
        var server = new Iso8583HostServer(config, codec, approving, failingFirst(() -> new OutOfMemoryError("simulated")));
        try (server) {
            server.start();
            assertTrue(server.isAccepting());
            try (var refused = connect(server)) {
                assertEquals(-1, refused.getInputStream().read(), "the connection without a thread was not closed");
            }
            long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
            while (server.isAccepting() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertFalse(server.isAccepting(), "the accept loop ended but the host still says it accepts");
        }
        assertFalse(server.isAccepting(), "accepting after close");
    }

    /** A factory whose first thread fails with what {@code failure} gives; later ones are virtual threads. */
    private static ThreadFactory failingFirst(java.util.function.Supplier<Throwable> failure) {
        var calls = new AtomicInteger();
        ThreadFactory virtual = Thread.ofVirtual().factory();
        return task -> {
            if (calls.getAndIncrement() == 0) {
                Throwable thrown = failure.get();
                if (thrown instanceof Error error) throw error;
                throw (RuntimeException) thrown;
            }
            return virtual.newThread(task);
        };
    }

    private static Socket connect(Iso8583HostServer server) throws IOException {
        var socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout((int) WAIT_MS);
        return socket;
    }

    private String echo(Socket socket) throws IOException, MalformedFieldException {
        var request = new Iso8583Message("0800", Map.of(7, "1122100000", 11, "000001", 70, "301"));
        socket.getOutputStream().write(LengthHeader.BINARY_2.frame(codec.pack(request)));
        byte[] body = LengthHeader.BINARY_2.read(socket.getInputStream(), 8_192).orElseThrow();
        var response = ((UnpackResult.Unpacked) codec.unpack(body)).message();
        return response.mti() + "/" + response.field(39).orElse("--");
    }
}
