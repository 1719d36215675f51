package vn.ansinh.payout.run;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RELEASED → COMPLETED once every payment of the run is final for the run's books: SETTLED, REJECTED or RETURNED.
 * (A settled payment can still come back later; that return is a correction, not a reason to keep the run open.)
 * Checked on a timer, and callable by whoever just moved a payment, such as the dispatcher.
 */
@ApplicationScoped
public class RunCompletion {

    static final String SYSTEM_ACTOR = "system:payout";

    private static final String CANDIDATES = """
            select r.id from payout_run r where r.status = 'RELEASED' and not exists (
                select 1 from payment p where p.run_id = r.id and p.state not in ('SETTLED', 'REJECTED', 'RETURNED'))
            order by r.id limit $1""";
    private static final String OPEN_PAYMENTS = """
            select count(*) from payment where run_id = $1 and state not in ('SETTLED', 'REJECTED', 'RETURNED')""";
    private static final String COMPLETE = """
            update payout_run set status = 'COMPLETED', completed_at = now() where id = $1 and status = 'RELEASED'""";

    @Inject Pool pool;
    @Inject RunStore runs;
    @Inject PayoutConfig config;
    @Inject vn.ansinh.audit.AuditLog audit;

    @Scheduled(every = "${ansinh.payout.completion-interval:PT30S}", delayed = "PT5S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return pool.preparedQuery(CANDIDATES).execute(Tuple.of(config.completionRunsPerCheckMax())).chain(rows -> {
            var ids = new ArrayList<Long>();
            rows.forEach(row -> ids.add(row.getLong(0)));
            return Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(this::completeIfDone)
                    .collect().last().replaceWithVoid();
        });
    }

    /** Completes the run if it is RELEASED and every payment is final; answers whether it completed it now. */
    public Uni<Boolean> completeIfDone(long runId) {
        return pool.withTransaction(connection -> runs.lock(connection, runId).chain(run -> {
            if (run.status() != RunStatus.RELEASED) return Uni.createFrom().item(false);
            return connection.preparedQuery(OPEN_PAYMENTS).execute(Tuple.of(runId)).chain(open -> {
                if (open.iterator().next().getLong(0) > 0) return Uni.createFrom().item(false);
                return RunCounts.paymentsByState(connection, runId).chain(byState -> {
                    var facts = facts(run, byState);
                    return connection.preparedQuery(COMPLETE).execute(Tuple.of(runId))
                            .chain(() -> audit.append(connection, new vn.ansinh.audit.AuditEvent(SYSTEM_ACTOR,
                                    "RUN_COMPLETED", "run:" + runId, facts)))
                            .replaceWith(true);
                });
            });
        }));
    }

    /** Σ settled, Σ rejected, Σ returned, and a check that they add up to the run's total. */
    private static Map<String, Object> facts(RunRecord run, Map<String, RunCounts.Totals> byState) {
        var none = new RunCounts.Totals(0, 0);
        var settled = byState.getOrDefault("SETTLED", none);
        var rejected = byState.getOrDefault("REJECTED", none);
        var returned = byState.getOrDefault("RETURNED", none);
        long sum = Math.addExact(Math.addExact(settled.amountVnd(), rejected.amountVnd()), returned.amountVnd());
        long count = settled.count() + rejected.count() + returned.count();
        if (sum != run.totalVnd() || count != run.lineCount()) {
            throw new IllegalStateException("run " + run.id() + ": final payments " + count + " / " + sum
                    + " VND do not add up to " + run.lineCount() + " / " + run.totalVnd());
        }
        var facts = new LinkedHashMap<String, Object>();
        facts.put("payments", run.lineCount());
        facts.put("totalVnd", run.totalVnd());
        facts.put("settledCount", settled.count());
        facts.put("settledVnd", settled.amountVnd());
        facts.put("rejectedCount", rejected.count());
        facts.put("rejectedVnd", rejected.amountVnd());
        facts.put("returnedCount", returned.count());
        facts.put("returnedVnd", returned.amountVnd());
        return facts;
    }
}
