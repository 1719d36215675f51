package vn.ansinh.platform.remote;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keep-alive HTTP/1.1 client for one counterparty: JSON in, JSON out, status codes turned into outcomes. The
 * calls on the wire at this moment are a gauge ({@code ansinh_counterparty_calls_in_flight}) and each call's time
 * from sending to its answer a timer ({@code ansinh_counterparty_calls_seconds}), so an operator can see whether a
 * slow list waits on the counterparty or on the engine: calls in flight at the limit, each taking what the
 * counterparty takes, is the counterparty's pace.
 */
public final class JsonHttp {

    private final String name;
    private final WebClient client;
    private final URI base;
    private final String host;
    private final int port;
    private final long timeoutMs;
    private final AtomicInteger inFlight;
    private final Timer calls;

    public JsonHttp(Vertx vertx, String name, CounterpartyConfig config) {
        this.name = name;
        this.base = config.url();
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        this.host = base.getHost();
        this.port = base.getPort() != -1 ? base.getPort() : tls ? 443 : 80;
        this.timeoutMs = config.timeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setSsl(tls)
                .setMaxPoolSize(config.inFlightMax())
                .setKeepAlive(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMs))
                .setUserAgent("ansinh"));
        this.inFlight = Metrics.gauge("ansinh.counterparty.calls.in.flight", Tags.of("counterparty", name),
                new AtomicInteger());
        this.calls = Timer.builder("ansinh.counterparty.calls").tag("counterparty", name).register(Metrics.globalRegistry);
    }

    /** POSTs the body; 2xx gives the JSON answer, 404 gives null-free empty, 4xx refuses, anything else fails. */
    public Uni<JsonObject> post(String path, JsonObject body) {
        // An absolute path replaces the base's path, as URI.resolve would, without parsing a URL on every call.
        var request = path.startsWith("/") ? client.post(port, host, path) : client.postAbs(base.resolve(path).toString());
        request.timeout(timeoutMs).putHeader("Accept", "application/json");
        // Deferred, so that each subscription is one call timed from its own start: a Uni may be subscribed again.
        return Uni.createFrom().deferred(() -> {
            long sentNanos = System.nanoTime();
            inFlight.incrementAndGet();
            return request.sendJsonObject(body).onTermination().invoke(() -> {
                inFlight.decrementAndGet();
                calls.record(System.nanoTime() - sentNanos, TimeUnit.NANOSECONDS);
            });
        }).map(this::answer);
    }

    private JsonObject answer(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        if (status / 100 == 2) return response.bodyAsJsonObject();
        String text = response.bodyAsString();
        if (status / 100 == 4 && status != 408 && status != 429) {
            throw new CounterpartyGuard.RefusedByCounterparty(name + " answered " + status + ": " + text);
        }
        throw new CounterpartyUnavailable(name, "answered " + status, null);
    }

    public void close() {
        client.close();
    }
}
