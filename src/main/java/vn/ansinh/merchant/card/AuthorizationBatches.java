package vn.ansinh.merchant.card;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.merchant.ledger.Ledger;

/**
 * Group commit for the acquirer's hot path: authorisations that arrive while others are being committed are
 * gathered, up to {@code ansinh.acquirer.authorisations-per-batch-max}, and decided by one call of the database
 * function {@code card_authorize_batch} (migration V12) in one transaction, so one commit (with its WAL flush wait)
 * makes them all durable. A committer ({@code ansinh.acquirer.batch-committers}, one by default; more take turns)
 * takes whatever queued while its last batch was being committed: under light load a batch is one request and
 * nothing waits for company.
 *
 * <p>If a batch fails as a whole (a deadlock between two batches holding the same retransmitted key, a constraint
 * nobody expected), nothing of it was committed, and each of its requests is decided again alone, so that one bad
 * request cannot take its neighbours' answers with it.
 */
@ApplicationScoped
public class AuthorizationBatches {

    private static final Logger LOG = Logger.getLogger(AuthorizationBatches.class);
    private static final String AUTHORIZE_MANY = """
            select * from card_authorize_batch($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                $6::bigint[], $7::text[], $8::text[], $9::text[], $10::text[], $11::date)""";

    /** One request's arguments to {@code card_authorize_batch}; the card as BIN and last four only. */
    public record Call(String terminalId, String stan, String transmittedAt, String mti, String kind, long amountVnd,
                       String currency, String retrievalReference, String panBin, String panLastFour) { }

    private record Waiting(Call call, CompletableFuture<Row> answer) { }

    @Inject Pool pool;
    @Inject Ledger ledger;
    @Inject MerchantConfig merchantConfig;
    @Inject AcquirerConfig config;

    private BlockingQueue<Waiting> queue;
    private final List<Thread> committers = new ArrayList<>();

    @PostConstruct
    void start() {
        requireWithin("ansinh.acquirer.authorisations-per-batch-max", config.authorisationsPerBatchMax(), 1_000);
        requireWithin("ansinh.acquirer.batch-committers", config.batchCommitters(), 64);
        requireWithin("ansinh.acquirer.authorisations-queued-max", config.authorisationsQueuedMax(), 100_000);
        queue = new ArrayBlockingQueue<>(config.authorisationsQueuedMax());
        for (int i = 0; i < config.batchCommitters(); i++) {
            committers.add(Thread.ofVirtual().name("acquirer-committer-" + i).start(this::commitLoop));
        }
    }

    private static void requireWithin(String name, int value, int maximum) {
        if (value < 1 || value > maximum) {
            throw new IllegalStateException(name + " must be 1.." + maximum + ", was " + value);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        committers.forEach(Thread::interrupt);
    }

    /** The journal row {@code card_authorize_batch} answered for this call, once its batch is committed. Blocking. */
    public Row authorize(Call call) {
        var waiting = new Waiting(call, new CompletableFuture<>());
        if (!queue.offer(waiting)) {
            throw new IllegalStateException("more than " + config.authorisationsQueuedMax()
                    + " authorisations wait for a commit; not taken: " + call.terminalId() + "/" + call.stan());
        }
        try {
            return waiting.answer().get(merchantConfig.databaseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + call.terminalId() + "/" + call.stan());
        } catch (ExecutionException failed) {
            throw new IllegalStateException("authorisation failed: " + call.terminalId() + "/" + call.stan(),
                    failed.getCause());
        } catch (TimeoutException slow) {
            throw new IllegalStateException("no commit within " + merchantConfig.databaseTimeout() + " for "
                    + call.terminalId() + "/" + call.stan());
        }
    }

    private void commitLoop() {
        var batch = new ArrayList<Waiting>(config.authorisationsPerBatchMax());
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException interrupted) {
                return;
            }
            queue.drainTo(batch, config.authorisationsPerBatchMax() - 1);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Waiting> batch) {
        try {
            var calls = new ArrayList<Call>(batch.size());
            for (Waiting waiting : batch) {
                calls.add(waiting.call());
            }
            List<Row> rows = execute(calls);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(rows.get(i));
            }
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.getFirst().answer().completeExceptionally(failed);
                return;
            }
            LOG.warnf("a batch of %d authorisations failed as a whole (%s); deciding each alone", batch.size(),
                    failed.getMessage());
            for (Waiting waiting : batch) {
                commit(List.of(waiting));
            }
        }
    }

    /**
     * One statement, one transaction: the rows in the calls' order, one per call, checked. Sent with the plain
     * Vert.x client and awaited here: the Mutiny wrapper's context capture and timer per statement showed in
     * profiles of this loop, and nothing on this thread needs a propagated context.
     */
    private List<Row> execute(List<Call> calls) {
        int size = calls.size();
        String[] terminalIds = new String[size];
        String[] stans = new String[size];
        String[] transmittedAts = new String[size];
        String[] mtis = new String[size];
        String[] kinds = new String[size];
        Long[] amounts = new Long[size];
        String[] currencies = new String[size];
        String[] references = new String[size];
        String[] bins = new String[size];
        String[] lastFours = new String[size];
        for (int i = 0; i < size; i++) {
            Call call = calls.get(i);
            terminalIds[i] = call.terminalId();
            stans[i] = call.stan();
            transmittedAts[i] = call.transmittedAt();
            mtis[i] = call.mti();
            kinds[i] = call.kind();
            amounts[i] = call.amountVnd();
            currencies[i] = call.currency();
            references[i] = call.retrievalReference();
            bins[i] = call.panBin();
            lastFours[i] = call.panLastFour();
        }
        var values = io.vertx.sqlclient.Tuple.tuple().addArrayOfString(terminalIds).addArrayOfString(stans)
                .addArrayOfString(transmittedAts).addArrayOfString(mtis).addArrayOfString(kinds)
                .addArrayOfLong(amounts).addArrayOfString(currencies).addArrayOfString(references)
                .addArrayOfString(bins).addArrayOfString(lastFours).addLocalDate(ledger.calendarDateNow());
        io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row> rows = awaitStatement(
                pool.getDelegate().preparedQuery(AUTHORIZE_MANY).execute(values));
        if (rows.rowCount() != size) {
            throw new IllegalStateException("card_authorize_batch answered " + rows.rowCount() + " rows for "
                    + size + " calls");
        }
        var answered = new ArrayList<Row>(size);
        for (io.vertx.sqlclient.Row row : rows) {
            answered.add(Row.newInstance(row));
        }
        for (int i = 0; i < size; i++) {
            Row row = answered.get(i);
            if (!row.getString("terminal_id").equals(terminalIds[i]) || !row.getString("stan").equals(stans[i])) {
                throw new IllegalStateException("card_authorize_batch answered out of order at " + i);
            }
        }
        return answered;
    }

    private <T> T awaitStatement(Future<T> statement) {
        Duration timeout = merchantConfig.databaseTimeout();
        try {
            return statement.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a batch's commit");
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        } catch (TimeoutException slow) {
            throw new IllegalStateException("no commit of a batch within " + timeout);
        }
    }
}
