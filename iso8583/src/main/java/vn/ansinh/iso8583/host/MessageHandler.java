package vn.ansinh.iso8583.host;

import java.util.Optional;
import vn.ansinh.iso8583.Iso8583Message;

/**
 * What the host server calls for each request it decoded. The server calls it on the connection's own virtual
 * thread, at most workerThreads at once, never on the caller's event loop, so an implementation may block (for
 * example on a database) for up to the server's handler timeout.
 */
@FunctionalInterface
public interface MessageHandler {
    /**
     * The response to send back, a message of our dialect; empty to send nothing, as for a message that is
     * itself a response and so asks for none.
     */
    Optional<Iso8583Message> handle(Iso8583Message request);

    /**
     * What to answer, without calling {@link #handle}, when workerThreads handlers run and the queue is full. By default
     * nothing: the terminal times out and follows its own reversal or retry rules.
     */
    default Optional<Iso8583Message> busy(Iso8583Message request) {
        return Optional.empty();
    }
}
