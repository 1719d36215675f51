package vn.ansinh.reconciliation.match;

import java.util.Objects;

/**
 * Rule 4: same account and amount within the date window. Never applied automatically: the entry and the
 * payment stay unmatched (and keep their breaks) until a person confirms.
 */
public record Proposal(String entryKey, String endToEndId, int confidence, String reason) {
    public Proposal {
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(reason, "reason");
        if (confidence < Match.PROPOSAL_CONFIDENCE_MIN || confidence >= Match.AUTOMATIC_CONFIDENCE_MIN) {
            throw new IllegalArgumentException("proposal confidence must be 60..89, was " + confidence);
        }
    }
}
