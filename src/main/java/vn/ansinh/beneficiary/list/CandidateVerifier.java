package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.banking.inquiry.AccountInquiry;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.identity.registry.PopulationRegistry;
import vn.ansinh.platform.remote.CounterpartyUnavailable;

/**
 * Asks the registry about every candidate of a chunk in batches, then each bank about the accounts of the
 * candidates the registry accepted. A counterparty that cannot answer makes its rows PENDING; nothing is rejected
 * for a counterparty's silence. Rows the registry rejects are not sent to the bank: they cannot be paid anyway.
 */
@ApplicationScoped
public class CandidateVerifier {

    @Inject PopulationRegistry registry;
    @Inject AccountInquiry banks;

    /** A verdict for every candidate, keyed by row number. */
    public Uni<Map<Long, Verdict>> verify(List<Candidate> candidates) {
        if (candidates.isEmpty()) return Uni.createFrom().item(Map.of());
        var cccds = candidates.stream().map(Candidate::cccd).distinct().toList();
        return registry.lookup(cccds)
                .<Map<Long, Verdict>>map(citizens -> {
                    var verdicts = new LinkedHashMap<Long, Verdict>();
                    for (var row : candidates) {
                        verdicts.put(row.rowNumber(), RemoteChecks.registry(row, Optional.ofNullable(citizens.get(row.cccd()))));
                    }
                    return verdicts;
                })
                .onFailure(CounterpartyUnavailable.class).recoverWithItem(failure -> allPending(candidates,
                        Verdict.PendingStage.REGISTRY, failure.getMessage()))
                .chain(afterRegistry -> askBanks(candidates, afterRegistry));
    }

    /** Candidates whose registry step is already done (PENDING at the bank): ask only the bank. */
    public Uni<Map<Long, Verdict>> verifyAccounts(List<Candidate> candidates, Map<Long, Verdict> afterRegistry) {
        return askBanks(candidates, new LinkedHashMap<>(afterRegistry));
    }

    private Uni<Map<Long, Verdict>> askBanks(List<Candidate> candidates, Map<Long, Verdict> verdicts) {
        var byBin = new LinkedHashMap<String, List<Candidate>>();
        for (var row : candidates) {
            var verdict = verdicts.get(row.rowNumber());
            if (verdict.outcome() == Outcome.VERIFIED) byBin.computeIfAbsent(row.bin(), bin -> new ArrayList<>()).add(row);
        }
        if (byBin.isEmpty()) return Uni.createFrom().item(verdicts);
        var calls = new ArrayList<Uni<Map<Long, Verdict>>>();
        byBin.forEach((bin, rows) -> calls.add(askBank(bin, rows, verdicts)));
        return Uni.join().all(calls).andCollectFailures().map(answers -> {
            Map<Long, Verdict> merged = new HashMap<>(verdicts);
            answers.forEach(merged::putAll);
            return merged;
        });
    }

    private Uni<Map<Long, Verdict>> askBank(String bin, List<Candidate> rows, Map<Long, Verdict> verdicts) {
        var accounts = rows.stream().map(Candidate::accountNumber).distinct().toList();
        return banks.inquire(bin, accounts).<Map<Long, Verdict>>map(holders -> {
            var out = new HashMap<Long, Verdict>();
            for (var row : rows) {
                var soFar = verdicts.get(row.rowNumber());
                out.put(row.rowNumber(), RemoteChecks.account(soFar, soFar.registryName().orElse(row.fullName()),
                        holders.get(row.accountNumber())));
            }
            return out;
        }).onFailure(CounterpartyUnavailable.class).recoverWithItem(failure -> {
            var out = new HashMap<Long, Verdict>();
            for (var row : rows) {
                out.put(row.rowNumber(), RemoteChecks.pending(verdicts.get(row.rowNumber()), Verdict.PendingStage.BANK,
                        "bank " + bin + " did not answer: " + failure.getMessage()));
            }
            return out;
        });
    }

    private static Map<Long, Verdict> allPending(List<Candidate> rows, Verdict.PendingStage stage, String detail) {
        var out = new LinkedHashMap<Long, Verdict>();
        for (var row : rows) out.put(row.rowNumber(), RemoteChecks.pending(Verdict.local(List.of()), stage, detail));
        return out;
    }
}
