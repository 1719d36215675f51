package vn.ansinh.rails.xml;

/** A payment-rail file that cannot be read or written safely; the message says why in words an operator can act on. */
public final class RailMessageException extends RuntimeException {

    public RailMessageException(String message) {
        super(message);
    }

    public RailMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
