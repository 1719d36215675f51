package vn.ansinh.platform.remote;

import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/**
 * How ansinh treats one outside organisation: where it is, how many calls may be in flight at once, how large a
 * batch it accepts, how long to wait, how often to retry, and when to stop asking for a while.
 */
public interface CounterpartyConfig {

    URI url();

    /** Calls in flight at once; beyond it calls wait in a queue of {@link #queuedMax()}. */
    @WithDefault("64")
    int inFlightMax();

    @WithDefault("100000")
    int queuedMax();

    /** Items per batch call; 1 turns batching off. */
    @WithDefault("500")
    int batchSizeMax();

    @WithDefault("PT5S")
    Duration timeout();

    @WithDefault("3")
    int retriesMax();

    /** First retry delay; each later one doubles, up to {@link #retryDelayMax()}. */
    @WithDefault("PT0.1S")
    Duration retryDelay();

    @WithDefault("PT2S")
    Duration retryDelayMax();

    /** The breaker opens when this share of the last {@link #breakerWindow()} calls failed. */
    @WithDefault("0.5")
    double breakerFailureRatio();

    @WithDefault("20")
    int breakerWindow();

    /** How long an open breaker refuses calls before letting a trial through. */
    @WithDefault("PT2S")
    Duration breakerDelay();
}
