package vn.ansinh.rails.dispatch;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.rails.bank.BankRails;

/**
 * This engine's dispatchers ({@code ansinh.dispatch.workers} of them), worked on a timer, each on its own thread,
 * unless {@code ansinh.dispatch.enabled} is false.
 * Made at start, so that a wrong limit in {@code ansinh.dispatch.*} stops the engine before any payment moves.
 */
@Startup
@ApplicationScoped
public class DispatchScheduler {

    private static final Logger LOG = Logger.getLogger(DispatchScheduler.class);

    @Inject Pool pool;
    @Inject BankRails rails;
    @Inject AuditLog audit;
    @Inject DispatchConfig config;

    private List<OutboxDispatcher> dispatchers;
    private ExecutorService workers;

    @PostConstruct
    void create() {
        long pid = ProcessHandle.current().pid();
        dispatchers = IntStream.rangeClosed(1, config.workers())
                .mapToObj(n -> new OutboxDispatcher(pool, rails, audit, config, "engine-" + pid + "-" + n)).toList();
        workers = Executors.newFixedThreadPool(config.workers(), Thread.ofPlatform().name("dispatch-", 1).factory());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    @Scheduled(every = "${ansinh.dispatch.interval:PT1S}", delayed = "PT2S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        List<Future<?>> running = new ArrayList<>(dispatchers.size());
        for (OutboxDispatcher dispatcher : dispatchers) {
            running.add(workers.submit(() -> runQuietly(dispatcher)));
        }
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException impossible) {
                LOG.error("dispatcher worker failed", impossible.getCause());
            }
        }
    }

    private void runQuietly(OutboxDispatcher dispatcher) {
        try {
            dispatcher.runUntilIdle(config.turnsPerTickMax());
        } catch (RuntimeException failure) {
            // Claimed rows keep their leases and come back when those expire; the next tick tries again.
            LOG.error("dispatcher turn failed", failure);
        }
    }
}
