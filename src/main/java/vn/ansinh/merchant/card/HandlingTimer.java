package vn.ansinh.merchant.card;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.acquirer.AcquirerHandler;
import vn.ansinh.iso8583.host.MessageHandler;

/**
 * Times each request the acquirer host hands to its handler, per MTI ({@code ansinh_acquirer_handling_seconds}),
 * from the handler taking the decoded request to its answer ready to send: the acquirer's rules, the wait for a
 * group commit and the commit itself. A terminal's own latency adds the socket, the frame codec, any wait for a free
 * handler and the host's scheduling; set side by side, the two tell a slow handler from a slow way to it. Buckets
 * are published so a percentile can be read over any window from two scrapes, and 20 ms, the acquirer's answer-time
 * objective, is one of them.
 */
final class HandlingTimer implements MessageHandler {

    static final Duration OBJECTIVE = Duration.ofMillis(20);

    private final MessageHandler handler;
    private final MeterRegistry registry;
    private final Map<String, Timer> byMti = new ConcurrentHashMap<>();

    HandlingTimer(MessageHandler handler, MeterRegistry registry) {
        this.handler = handler;
        this.registry = registry;
    }

    @Override
    public Optional<Iso8583Message> handle(Iso8583Message request) {
        long started = System.nanoTime();
        try {
            return handler.handle(request);
        } finally {
            timer(request.mti()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public Optional<Iso8583Message> busy(Iso8583Message request) {
        return handler.busy(request);
    }

    private Timer timer(String mti) {
        // An MTI the acquirer does not answer is timed as "other", so a terminal cannot mint new series.
        String tag = AcquirerHandler.answers(mti) ? mti : "other";
        return byMti.computeIfAbsent(tag, t -> Timer.builder("ansinh.acquirer.handling").tag("mti", t)
                .description("time from a decoded request to its answer, in the acquirer host's handler")
                .publishPercentileHistogram().serviceLevelObjectives(OBJECTIVE)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry));
    }
}
