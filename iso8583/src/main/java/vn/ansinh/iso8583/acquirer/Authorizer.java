package vn.ansinh.iso8583.acquirer;

/**
 * The engine's decision on a card request that passed the acquirer's own checks (format, duplicate, amount,
 * card number, expiry). Called on the host's connection thread; may block. An exception is answered with 96.
 */
@FunctionalInterface
public interface Authorizer {
    AuthorizationDecision authorize(AuthorizationRequest request);
}
