package vn.ansinh.rails.dispatch;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.rails.bank.BankRails;

/**
 * This engine's dispatcher, worked on a timer on a worker thread, unless {@code ansinh.dispatch.enabled} is false.
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

    private OutboxDispatcher dispatcher;

    @PostConstruct
    void create() {
        dispatcher = new OutboxDispatcher(pool, rails, audit, config, "engine-" + ProcessHandle.current().pid());
    }

    @Scheduled(every = "${ansinh.dispatch.interval:PT1S}", delayed = "PT2S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        try {
            dispatcher.runUntilIdle(config.turnsPerTickMax());
        } catch (RuntimeException failure) {
            // Claimed rows keep their leases and come back when those expire; the next tick tries again.
            LOG.error("dispatcher turn failed", failure);
        }
    }
}
