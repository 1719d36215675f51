package vn.ansinh.beneficiary.intake;

import java.util.Objects;

/**
 * How reading a whole file ended. A file is all or nothing: after {@link Refused}, the caller discards every row
 * it already received from that file.
 */
public sealed interface IntakeResult {

    /** Every row was read and handed over. */
    record Completed(long rowCount) implements IntakeResult {
        public Completed {
            if (rowCount < 1) {
                throw new IllegalArgumentException("a completed file has at least one row");
            }
        }
    }

    record Refused(FileProblem problem) implements IntakeResult {
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
