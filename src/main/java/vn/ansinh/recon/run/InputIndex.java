package vn.ansinh.recon.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Lookups from the library's keys back to the stored lines and payments of one run. */
final class InputIndex {
    private final Map<String, LineRef> refByKey = new HashMap<>();
    private final Map<LineRef, Inputs.Line> lines = new HashMap<>();
    private final Map<String, Inputs.PaymentInput> byEndToEnd = new HashMap<>();
    private final Map<Long, Inputs.PaymentInput> byId = new HashMap<>();

    InputIndex(Inputs inputs) {
        inputs.lines().forEach(line -> { refByKey.put(line.bankEntry().key(), line.ref()); lines.put(line.ref(), line); });
        inputs.payments().forEach(p -> { byEndToEnd.put(p.endToEndId(), p); byId.put(p.id(), p); });
    }

    LineRef ref(String entryKey) {
        return require(refByKey.get(entryKey), "entry " + entryKey);
    }

    Inputs.Line line(LineRef ref) {
        return require(lines.get(ref), "line " + ref);
    }

    Inputs.PaymentInput payment(String endToEndId) {
        return require(byEndToEnd.get(endToEndId), "payment " + endToEndId);
    }

    Optional<Inputs.PaymentInput> findPayment(String endToEndId) {
        return Optional.ofNullable(byEndToEnd.get(endToEndId));
    }

    Inputs.PaymentInput payment(long id) {
        return require(byId.get(id), "payment id " + id);
    }

    private static <T> T require(T found, String what) {
        if (found == null) {
            throw new IllegalStateException(what + " is not among this run's inputs");
        }
        return found;
    }
}
