package vn.ansinh.rails.status;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.ansinh.rails.lifecycle.PaymentStates;
import vn.ansinh.rails.state.MoneyBucket;

/**
 * Where a run's money is: payments and đồng by state, and the four buckets. {@code balanced} is the proof the API
 * offers: the run's total (fixed at approval) equals settled + rejected + returned + pending (pending being
 * CREATED, SENT, ACCEPTED and UNKNOWN), and equals the sum of its payments.
 */
public record RunMoney(long runId, long runTotalVnd, long paymentsTotalVnd, Map<String, StateTotal> byState,
        long settledVnd, long rejectedVnd, long returnedVnd, long pendingVnd, boolean balanced) {

    /** Payments in one state and their sum. */
    public record StateTotal(long payments, long vnd) {
    }

    public RunMoney {
        byState = Map.copyOf(Objects.requireNonNull(byState, "byState"));
    }

    /** Adds up the buckets from the per-state totals; nothing else is trusted. */
    public static RunMoney of(long runId, long runTotalVnd, Map<String, StateTotal> byState) {
        Map<MoneyBucket, Long> buckets = new TreeMap<>();
        long paymentsTotal = 0;
        for (var entry : byState.entrySet()) {
            // The reason does not change a state's bucket; a placeholder lets REJECTED and RETURNED be read.
            MoneyBucket bucket = PaymentStates.of(entry.getKey(), Optional.of("NARR")).bucket();
            buckets.merge(bucket, entry.getValue().vnd(), Math::addExact);
            paymentsTotal = Math.addExact(paymentsTotal, entry.getValue().vnd());
        }
        long settled = buckets.getOrDefault(MoneyBucket.SETTLED, 0L);
        long rejected = buckets.getOrDefault(MoneyBucket.REJECTED, 0L);
        long returned = buckets.getOrDefault(MoneyBucket.RETURNED, 0L);
        long pending = buckets.getOrDefault(MoneyBucket.PENDING, 0L);
        long sum = Math.addExact(Math.addExact(settled, rejected), Math.addExact(returned, pending));
        boolean balanced = sum == runTotalVnd && paymentsTotal == runTotalVnd;
        return new RunMoney(runId, runTotalVnd, paymentsTotal, byState, settled, rejected, returned, pending, balanced);
    }
}
