package vn.ansinh.merchant.card;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.OptionalInt;
import org.jboss.logging.Logger;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.LengthHeader;
import vn.ansinh.iso8583.acquirer.AcquirerHandler;
import vn.ansinh.iso8583.host.HostServerConfig;
import vn.ansinh.iso8583.host.Iso8583HostServer;
import vn.ansinh.merchant.MerchantConfig;

/**
 * Starts the ISO 8583 acquirer host with the engine when {@code ansinh.acquirer.enabled}: the iso8583 library's
 * acquirer rules over our PostgreSQL journal, which also decides each 0100 and 0200 in one round trip
 * ({@link CardAuthorizations}), 0500s recorded for reconciliation, each request's handling timed
 * ({@link HandlingTimer}).
 */
@ApplicationScoped
public class AcquirerHost {

    private static final Logger LOG = Logger.getLogger(AcquirerHost.class);

    @Inject AcquirerConfig config;
    @Inject MerchantConfig merchantConfig;
    @Inject PostgresTransactionJournal journal;
    @Inject BatchReports reports;
    @Inject MeterRegistry meters;

    private volatile Iso8583HostServer server;

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.enabled()) {
            LOG.info("acquirer host disabled (ansinh.acquirer.enabled=false)");
            return;
        }
        if (merchantConfig.databaseTimeout().compareTo(config.handlerTimeout()) >= 0) {
            // A database wait as long as the handler's would let the host give up while the journal still decides.
            throw new IllegalStateException("ansinh.merchant.database-timeout (" + merchantConfig.databaseTimeout()
                    + ") must be shorter than ansinh.acquirer.handler-timeout (" + config.handlerTimeout() + ")");
        }
        var hostConfig = new HostServerConfig(config.bindAddress(), config.port(), LengthHeader.BINARY_2,
                config.workerThreads(), config.queuedRequestsMax(), config.connectionsMax(), config.messageBytesMax(),
                config.handlerTimeout(), config.idleTimeout());
        var acquirer = new AcquirerHandler(journal, Clock.systemUTC());
        var host = new Iso8583HostServer(hostConfig, Iso8583Codec.ansinhDialect(),
                new HandlingTimer(new BatchReportRecorder(acquirer, journal, reports), meters));
        host.start();
        server = host;
        LOG.infof("acquirer host listening on %s:%d", config.bindAddress(), host.port());
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        Iso8583HostServer running = server;
        if (running != null) {
            running.close();
        }
    }

    /** Whether terminals can connect now (see {@link Iso8583HostServer#isAccepting()}). */
    public boolean isAccepting() {
        Iso8583HostServer running = server;
        return running != null && running.isAccepting();
    }

    /** The bound port while the host runs. */
    public OptionalInt port() {
        Iso8583HostServer running = server;
        return running == null ? OptionalInt.empty() : OptionalInt.of(running.port());
    }
}
