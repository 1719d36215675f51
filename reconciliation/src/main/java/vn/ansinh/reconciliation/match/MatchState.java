package vn.ansinh.reconciliation.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims made during one run: each entry, each payment's outbound side, each payment's return side and each batch
 * is claimed at most once, and every claim is checked, so exclusivity cannot be broken silently.
 */
final class MatchState {
    /** Claimed entries by their position in key order: a bit each, not a key string each. */
    private final BitSet claimedEntries = new BitSet();
    /** Payments claimed on their outbound side, by position in the index: a bit each, not an id in a set each. */
    private final BitSet claimedOutbound = new BitSet();
    private final PaymentIndex payments;
    private final Set<String> claimedReturns = new HashSet<>();
    private final Set<String> claimedBatches = new HashSet<>();
    final List<Match> matches = new ArrayList<>();
    final List<Proposal> proposals = new ArrayList<>();
    final List<Break> breaks = new ArrayList<>();

    MatchState(PaymentIndex payments) {
        this.payments = payments;
    }

    MatchResult result() {
        String[] outbound = new String[claimedOutbound.cardinality()];
        int next = 0;
        for (int position = claimedOutbound.nextSetBit(0); position >= 0;
             position = claimedOutbound.nextSetBit(position + 1)) {
            outbound[next++] = payments.at(position).endToEndId();
        }
        return new MatchResult(matches, proposals, breaks, SortedIds.of(outbound), claimedReturns, claimedBatches);
    }

    boolean entryClaimed(KeyedEntry entry) {
        return claimedEntries.get(entry.position());
    }

    boolean outboundClaimed(Payment payment) {
        return claimedOutbound.get(payments.position(payment));
    }

    boolean returnClaimed(Payment payment) {
        return claimedReturns.contains(payment.endToEndId());
    }

    boolean batchClaimed(ReleasedBatch batch) {
        return claimedBatches.contains(batch.messageId());
    }

    void claimEntry(KeyedEntry entry) {
        if (claimedEntries.get(entry.position())) {
            throw twice("entry " + entry.key());
        }
        claimedEntries.set(entry.position());
    }

    void claimOutbound(Payment payment) {
        int position = payments.position(payment);
        if (claimedOutbound.get(position)) {
            throw twice("payment " + payment.endToEndId());
        }
        claimedOutbound.set(position);
    }

    void claimReturn(Payment payment) {
        if (!claimedReturns.add(payment.endToEndId())) {
            throw twice("return of " + payment.endToEndId());
        }
    }

    void claimBatch(ReleasedBatch batch) {
        if (!claimedBatches.add(batch.messageId())) {
            throw twice("batch " + batch.messageId());
        }
    }

    void add(Match match) {
        matches.add(match);
    }

    void add(Break problem) {
        breaks.add(problem);
    }


    /** The message is built only on failure: claims are made a million times in a large run. */
    private static IllegalStateException twice(String what) {
        return new IllegalStateException(what + " claimed twice: matching must be exclusive");
    }
}
