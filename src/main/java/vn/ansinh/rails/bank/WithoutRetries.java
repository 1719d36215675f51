package vn.ansinh.rails.bank;

import java.net.URI;
import java.time.Duration;
import vn.ansinh.platform.remote.CounterpartyConfig;

/**
 * A counterparty's settings with retries off: a payment send is not repeated by the transport, because whether an
 * unanswered send reached the bank is a question the payment lifecycle asks the bank (UNKNOWN, then a status query).
 */
record WithoutRetries(CounterpartyConfig base) implements CounterpartyConfig {

    @Override
    public URI url() {
        return base.url();
    }

    @Override
    public int inFlightMax() {
        return base.inFlightMax();
    }

    @Override
    public int queuedMax() {
        return base.queuedMax();
    }

    @Override
    public int batchSizeMax() {
        return base.batchSizeMax();
    }

    @Override
    public Duration timeout() {
        return base.timeout();
    }

    @Override
    public int retriesMax() {
        return 0;
    }

    @Override
    public Duration retryDelay() {
        return base.retryDelay();
    }

    /**
     * Never waited for, since nothing is retried; kept within the guard's own rules: above the first delay and
     * below the whole call's longest duration (twice the timeout when there are no retries).
     */
    @Override
    public Duration retryDelayMax() {
        Duration ceiling = base.retryDelayMax().compareTo(base.timeout()) < 0 ? base.retryDelayMax() : base.timeout();
        return ceiling.compareTo(base.retryDelay()) > 0 ? ceiling : base.retryDelay().plusMillis(1);
    }

    @Override
    public double breakerFailureRatio() {
        return base.breakerFailureRatio();
    }

    @Override
    public int breakerWindow() {
        return base.breakerWindow();
    }

    @Override
    public Duration breakerDelay() {
        return base.breakerDelay();
    }
}
