package vn.ansinh.recon;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Reconciliation steps are long and partly CPU-bound (parsing, matching), so they run on worker threads and wait
 * for each database step, inside one transaction that commits only when every step succeeded.
 */
@ApplicationScoped
public class BlockingSql {

    private static final Logger LOG = Logger.getLogger(BlockingSql.class);

    @Inject Pool pool;
    @Inject ReconConfig config;

    public <T> T await(Uni<T> step) {
        return step.await().atMost(config.databaseWaitMax());
    }

    /** Runs {@code body} in a transaction; any exception rolls back everything it wrote and is rethrown. */
    public <T> T inTransaction(Function<SqlConnection, T> body) {
        SqlConnection connection = await(pool.getConnection());
        try {
            Transaction transaction = await(connection.begin());
            T result;
            try {
                result = body.apply(connection);
            } catch (RuntimeException failure) {
                rollback(transaction);
                throw failure;
            }
            await(transaction.commit());
            return result;
        } finally {
            await(connection.close());
        }
    }

    public Pool pool() {
        return pool;
    }

    private void rollback(Transaction transaction) {
        try {
            await(transaction.rollback());
        } catch (RuntimeException rollbackFailure) {
            // The original failure is what the caller must see; the connection is closed next either way.
            LOG.warn("rollback failed after an error", rollbackFailure);
        }
    }
}
