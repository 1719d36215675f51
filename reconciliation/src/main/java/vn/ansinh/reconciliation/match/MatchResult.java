package vn.ansinh.reconciliation.match;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a matching run decided, each list in deterministic order, plus what was claimed: payment ids on
 * their outbound side, payment ids on their return side, and batch message ids.
 */
public record MatchResult(List<Match> matches, List<Proposal> proposals, List<Break> breaks,
                          Set<String> outboundClaimed, Set<String> returnClaimed, Set<String> batchesClaimed) {
    public MatchResult {
        matches = List.copyOf(matches);
        proposals = List.copyOf(proposals);
        breaks = List.copyOf(breaks);
        // The matcher hands over its claimed ids already sorted and immutable; a copy would double a large run's set.
        outboundClaimed = outboundClaimed instanceof SortedIds ? outboundClaimed
                : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(outboundClaimed));
        returnClaimed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(returnClaimed));
        batchesClaimed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(batchesClaimed));
    }
}
