package vn.ansinh.rails.dispatch;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private List<Worker> dispatchers;
    private ExecutorService workers;

    /** A dispatcher and whether it is working: a tick starts only the idle ones and waits for none. */
    private record Worker(OutboxDispatcher dispatcher, AtomicBoolean busy) {
    }

    @PostConstruct
    void create() {
        long pid = ProcessHandle.current().pid();
        dispatchers = IntStream.rangeClosed(1, config.workers()).mapToObj(n -> new Worker(
                new OutboxDispatcher(pool, rails, audit, config, "engine-" + pid + "-" + n), new AtomicBoolean()))
                .toList();
        workers = Executors.newFixedThreadPool(config.workers(), Thread.ofPlatform().name("dispatch-", 1).factory());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Starts every idle dispatcher; one busy with a large file for minutes keeps none of the others waiting. */
    @Scheduled(every = "${ansinh.dispatch.interval:PT1S}", delayed = "PT2S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        for (Worker worker : dispatchers) {
            if (worker.busy().compareAndSet(false, true)) {
                try {
                    workers.execute(() -> {
                        try {
                            runQuietly(worker.dispatcher());
                        } finally {
                            worker.busy().set(false);
                        }
                    });
                } catch (RejectedExecutionException stopping) {
                    worker.busy().set(false);
                }
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
