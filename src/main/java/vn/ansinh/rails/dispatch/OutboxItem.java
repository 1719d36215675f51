package vn.ansinh.rails.dispatch;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One claimed outbox row. {@code leaseUntil} is the {@code not_before} the claim wrote: it is also the fencing token,
 * since every later claim or reschedule of the row writes a strictly later time, so a worker whose lease ran out
 * can no longer finish a row another worker has taken.
 */
public record OutboxItem(long id, OutboxKind kind, Optional<Long> paymentId, Optional<Long> runId,
        Optional<String> bankBin, int attempts, OffsetDateTime leaseUntil) {

    public OutboxItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(bankBin, "bankBin");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (attempts < 1) {
            throw new IllegalArgumentException("a claimed row has been attempted at least once");
        }
    }

    public long requirePayment() {
        return paymentId.orElseThrow(() -> new IllegalStateException(kind + " row " + id + " names no payment"));
    }

    public long requireRun() {
        return runId.orElseThrow(() -> new IllegalStateException(kind + " row " + id + " names no run"));
    }

    public String requireBank() {
        return bankBin.orElseThrow(() -> new IllegalStateException(kind + " row " + id + " names no bank"));
    }

    @Override
    public String toString() {
        return kind + "#" + id + "(attempt " + attempts + ")";
    }
}
