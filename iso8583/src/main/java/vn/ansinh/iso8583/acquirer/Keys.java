package vn.ansinh.iso8583.acquirer;

import java.util.Optional;
import vn.ansinh.iso8583.Iso8583Message;

/** Reads the duplicate-detection key (DE41, DE11, DE7) of a request, when it has all three. */
final class Keys {
    private Keys() {
    }

    static Optional<TransactionKey> of(Iso8583Message request) {
        Optional<String> terminal = request.field(41);
        Optional<String> stan = request.field(11);
        Optional<String> sent = request.field(7);
        if (terminal.isEmpty() || stan.isEmpty() || sent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TransactionKey(terminal.get(), stan.get(), sent.get()));
    }
}
