package vn.ansinh.merchant.card;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code ansinh.acquirer.*}: the ISO 8583 acquirer host terminals connect to, and each of its limits. */
@ConfigMapping(prefix = "ansinh.acquirer")
public interface AcquirerConfig {

    /** Start the host with the engine. */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("0.0.0.0")
    String bindAddress();

    /** TCP port; 0 picks a free one (tests). */
    @WithDefault("8583")
    int port();

    /** Requests running the acquirer rules at once (each on its connection's virtual thread, waiting on the database). */
    @WithDefault("8")
    int workerThreads();

    @WithDefault("256")
    int queuedRequestsMax();

    /** Most authorisations decided by one statement and made durable by one commit (see AuthorizationBatches). */
    @WithDefault("64")
    int authorisationsPerBatchMax();

    /**
     * Batches being committed at once; each waits on its own WAL flush while the next batch gathers. More committers
     * split the same requests into smaller batches, and PostgreSQL's cost per batch (the call, the lock, the commit)
     * then shows: at 50 terminals offering 5,250 a second, two committers cost PostgreSQL 70 % of a core against
     * one's 62 %, left the machine 17 % idle against 32 %, and doubled the median latency (2.3 against 1.4 ms),
     * while one still decided over 9,500 a second back to back; four made batches of about 8 and cost a third more
     * CPU per authorisation than two.
     */
    @WithDefault("1")
    int batchCommitters();

    /** Authorisations waiting for a committer before a new one is refused. */
    @WithDefault("1024")
    int authorisationsQueuedMax();

    @WithDefault("1000")
    int connectionsMax();

    @WithDefault("8192")
    int messageBytesMax();

    /** Past this a request gets no answer; the terminal's reversal after its own timeout undoes it safely. */
    @WithDefault("PT25S")
    Duration handlerTimeout();

    @WithDefault("PT5M")
    Duration idleTimeout();
}
