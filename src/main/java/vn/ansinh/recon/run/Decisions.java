package vn.ansinh.recon.run;

import java.util.List;
import java.util.Objects;
import vn.ansinh.reconciliation.match.BreakClass;

/**
 * What people decided about a reconciliation and has not been withdrawn. Applied on every run: matched lines and
 * payments are taken out of automatic matching, unmatched ones too (and stand as breaks until matched by hand),
 * and a write-off covers a break while its class and amount stay the same.
 */
public record Decisions(List<ManualMatch> matches, List<Unmatch> unmatches, List<WriteOff> writeOffs) {

    public Decisions {
        matches = List.copyOf(matches);
        unmatches = List.copyOf(unmatches);
        writeOffs = List.copyOf(writeOffs);
    }

    public static Decisions none() {
        return new Decisions(List.of(), List.of(), List.of());
    }

    /** A line a person paired with payments, confirming a proposal or by hand. */
    public record ManualMatch(LineRef line, List<Long> paymentIds, Origin origin) {
        public ManualMatch {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(origin, "origin");
            paymentIds = List.copyOf(paymentIds);
            if (paymentIds.isEmpty() || origin == Origin.AUTOMATIC) {
                throw new IllegalArgumentException("a manual match names payments and is not automatic");
            }
        }
    }

    /** An automatic match a person said is wrong: its line and payments may not be matched automatically again. */
    public record Unmatch(LineRef line, List<Long> paymentIds) {
        public Unmatch {
            Objects.requireNonNull(line, "line");
            paymentIds = List.copyOf(paymentIds);
        }
    }

    /** A break accepted as it is, with a reason kept in the resolution. */
    public record WriteOff(String ref, BreakClass breakClass, long amountVnd) {
        public WriteOff {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(breakClass, "breakClass");
        }
    }
}
