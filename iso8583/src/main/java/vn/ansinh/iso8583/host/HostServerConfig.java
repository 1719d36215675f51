package vn.ansinh.iso8583.host;

import java.time.Duration;
import java.util.Objects;
import vn.ansinh.iso8583.LengthHeader;

/**
 * Every limit of the host server, checked here.
 *
 * @param bindAddress        interface to listen on, such as "127.0.0.1" or "0.0.0.0"
 * @param port               TCP port; 0 picks a free one (tests)
 * @param lengthHeader       message framing; NONE cannot delimit a stream and is refused
 * @param workerThreads      handlers running at once (each on its connection's virtual thread, where it may block)
 * @param queuedRequestsMax  requests waiting for a turn before new ones are answered as busy
 * @param connectionsMax     open terminal connections; further ones are closed on accept
 * @param messageBytesMax    largest framed message read
 * @param handlerTimeout     longest wait for one handler call; past it no response is sent
 * @param idleTimeout        a connection silent this long is closed
 */
public record HostServerConfig(
        String bindAddress,
        int port,
        LengthHeader lengthHeader,
        int workerThreads,
        int queuedRequestsMax,
        int connectionsMax,
        int messageBytesMax,
        Duration handlerTimeout,
        Duration idleTimeout) {

    public static final int WORKER_THREADS_MAX = 256;
    public static final int CONNECTIONS_MAX = 10_000;

    public HostServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(lengthHeader, "lengthHeader");
        Objects.requireNonNull(handlerTimeout, "handlerTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (lengthHeader == LengthHeader.NONE) {
            throw new IllegalArgumentException("a TCP link needs a length header; NONE cannot delimit messages");
        }
        requireWithin("workerThreads", workerThreads, WORKER_THREADS_MAX);
        requireWithin("queuedRequestsMax", queuedRequestsMax, 100_000);
        requireWithin("connectionsMax", connectionsMax, CONNECTIONS_MAX);
        requireWithin("messageBytesMax", messageBytesMax, vn.ansinh.iso8583.Iso8583Codec.MESSAGE_BYTES_MAX);
        if (handlerTimeout.isNegative() || handlerTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** Defaults for a terminal-facing host on one port: 2-byte binary header, 8 workers. */
    public static HostServerConfig defaults(String bindAddress, int port) {
        return new HostServerConfig(bindAddress, port, LengthHeader.BINARY_2, 8, 256, 1_000, 8_192,
                Duration.ofSeconds(25), Duration.ofMinutes(5));
    }

    private static void requireWithin(String name, int value, int maximum) {
        if (value < 1 || value > maximum) {
            throw new IllegalArgumentException(name + " must be 1.." + maximum + ", was " + value);
        }
    }
}
