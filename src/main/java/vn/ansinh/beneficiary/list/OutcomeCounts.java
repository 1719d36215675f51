package vn.ansinh.beneficiary.list;

import java.util.Collection;
import vn.ansinh.beneficiary.intake.Outcome;

/** How many rows moved into each outcome: added to a list's counters in the transaction that moved them. */
public record OutcomeCounts(long read, long verified, long rejected, long needsReview, long pending) {

    public static OutcomeCounts of(Collection<Verdict> verdicts) {
        long verified = 0, rejected = 0, review = 0, pending = 0;
        for (var verdict : verdicts) {
            switch (verdict.outcome()) {
                case VERIFIED -> verified++;
                case REJECTED -> rejected++;
                case NEEDS_REVIEW -> review++;
                case PENDING -> pending++;
            }
        }
        return new OutcomeCounts(verdicts.size(), verified, rejected, review, pending);
    }

    /** Rows that were PENDING and now have these verdicts: read stays, pending goes down by as many. */
    public OutcomeCounts asResolutionOfPending() {
        return new OutcomeCounts(0, verified, rejected, needsReview, pending - read);
    }

    public static OutcomeCounts one(Outcome from, Outcome to) {
        return new OutcomeCounts(0, delta(Outcome.VERIFIED, from, to), delta(Outcome.REJECTED, from, to),
                delta(Outcome.NEEDS_REVIEW, from, to), delta(Outcome.PENDING, from, to));
    }

    private static long delta(Outcome which, Outcome from, Outcome to) {
        return (to == which ? 1 : 0) - (from == which ? 1 : 0);
    }
}
