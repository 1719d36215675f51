package vn.ansinh.beneficiary.intake;

import java.util.Collection;

/**
 * Where a beneficiary row stands. When a row earns several reason codes, the most severe outcome wins:
 * REJECTED over PENDING over NEEDS_REVIEW over VERIFIED. PENDING outranks NEEDS_REVIEW because an officer should
 * review a row once, with every check's answer in front of them, not while some are still outstanding.
 */
public enum Outcome {
    VERIFIED(0),
    NEEDS_REVIEW(1),
    PENDING(2),
    REJECTED(3);

    private final int severity;

    Outcome(int severity) {
        this.severity = severity;
    }

    /** The outcome of a row with these reason codes; a row with none is VERIFIED. */
    public static Outcome of(Collection<ReasonCode> codes) {
        Outcome worst = VERIFIED;
        for (ReasonCode code : codes) {
            worst = worst.worse(code.outcome());
        }
        return worst;
    }

    /** The more severe of this outcome and the other. */
    public Outcome worse(Outcome other) {
        return other.severity > severity ? other : this;
    }
}
