package vn.ansinh.platform.remote;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Every call to one counterparty goes through one of these: a bulkhead bounds the calls in flight, retries back
 * off exponentially, and a circuit breaker stops calling an organisation that is down so rows turn PENDING at
 * once instead of each waiting out its timeouts. Failures leave as {@link CounterpartyUnavailable}.
 */
public final class CounterpartyGuard<T> {

    private final String name;
    private final TypedGuard<Uni<T>> guard;

    public CounterpartyGuard(String name, CounterpartyConfig config, TypeLiteral<Uni<T>> type) {
        this.name = name;
        this.guard = TypedGuard.create(type)
                .withDescription(name)
                .withRetry()
                    .maxRetries(config.retriesMax())
                    .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .maxDuration(config.timeout().multipliedBy(config.retriesMax() + 2L).toMillis(), ChronoUnit.MILLIS)
                    // An open breaker or a full queue will not change in milliseconds; a refusal never will.
                    .abortOn(List.of(RefusedByCounterparty.class, CircuitBreakerOpenException.class,
                            BulkheadException.class))
                    .withExponentialBackoff().factor(2).maxDelay(config.retryDelayMax().toMillis(), ChronoUnit.MILLIS).done()
                    .done()
                .withCircuitBreaker()
                    .requestVolumeThreshold(config.breakerWindow())
                    .failureRatio(config.breakerFailureRatio())
                    .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .skipOn(RefusedByCounterparty.class)
                    .done()
                .withBulkhead().limit(config.inFlightMax()).queueSize(config.queuedMax()).done()
                .build();
    }

    public Uni<T> call(Supplier<Uni<T>> call) {
        return guard.get(call).onFailure(failure -> !(failure instanceof CounterpartyUnavailable))
                .transform(failure -> new CounterpartyUnavailable(name, describe(failure), failure));
    }

    private static String describe(Throwable failure) {
        String type = failure.getClass().getSimpleName();
        return failure.getMessage() == null ? type : type + ": " + failure.getMessage();
    }

    /** The counterparty answered, but said no in a way that retrying cannot change (4xx). */
    public static final class RefusedByCounterparty extends RuntimeException {
        public RefusedByCounterparty(String detail) {
            super(detail, null, false, false);
        }
    }
}
