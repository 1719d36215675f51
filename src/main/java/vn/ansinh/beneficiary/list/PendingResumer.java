package vn.ansinh.beneficiary.list;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows PENDING because the registry or a bank was down are tried again on a timer; a list whose last row resolves
 * is closed. Rows are claimed with SKIP LOCKED, so engines sharing a database never work on the same row. Lists
 * whose reader fell silent (the engine stopped mid-read) are read again from where they stopped.
 */
@ApplicationScoped
public class PendingResumer {

    @Inject BeneficiaryLists lists;
    @Inject ListRowStore store;
    @Inject CandidateVerifier verifier;
    @Inject ListFinalizer finalizer;
    @Inject ListProcessor processor;
    @Inject IntakeConfig config;
    @Inject Pool pool;

    @Scheduled(every = "${ansinh.intake.resume-interval:PT2S}", delayed = "PT3S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> resume() {
        return lists.idsWithSilentReader(config.readerSilenceMax())
                .invoke(ids -> ids.forEach(processor::start))
                .chain(() -> lists.idsToResume())
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(this::resumeList)
                        .collect().last())
                .replaceWithVoid();
    }

    /** One try for the PENDING rows of one list; answers how many left PENDING. */
    Uni<Long> resumeList(long listId) {
        return pool.withTransaction(connection -> store.claimPending(connection, listId, config.resumeRowsMax())
                .chain(claimed -> verify(claimed).chain(verdicts -> store.resolve(connection, listId, verdicts))))
                .map(OutcomeCounts::pending)
                .call(() -> processor.isReading(listId) ? Uni.createFrom().nullItem() : finalizer.finishIfDone(listId));
    }

    /** Rows still waiting on the registry go through both steps; rows waiting on a bank only through the bank's. */
    private Uni<Map<Long, Verdict>> verify(List<ListRowStore.PendingRow> claimed) {
        var atRegistry = new ArrayList<Candidate>();
        var atBank = new ArrayList<Candidate>();
        var bankSoFar = new HashMap<Long, Verdict>();
        for (var row : claimed) {
            if (row.stage() == Verdict.PendingStage.REGISTRY) {
                atRegistry.add(row.candidate());
            } else {
                atBank.add(row.candidate());
                bankSoFar.put(row.candidate().rowNumber(), row.soFar());
            }
        }
        return verifier.verify(atRegistry).chain(fromRegistry -> verifier.verifyAccounts(atBank, bankSoFar)
                .map(fromBank -> {
                    var all = new HashMap<Long, Verdict>(fromRegistry);
                    all.putAll(fromBank);
                    return all;
                }));
    }
}
