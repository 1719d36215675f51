package vn.ansinh.reconciliation.match;

import java.util.List;
import java.util.Objects;

/** A reconciled pairing. Automatic matches have confidence ≥ 90; proposals (60–89) need a person to confirm. */
public sealed interface Match {
    int AUTOMATIC_CONFIDENCE_MIN = 90;
    int PROPOSAL_CONFIDENCE_MIN = 60;

    String entryKey();

    int confidence();

    /** Gross amount on the bank side (the entry). */
    long bankAmountMinor();

    /** Gross amount on the internal side (payment, batch control sum, or returned payments). */
    long internalAmountMinor();

    /** True when the bank entry is still pending: reconciled, but not final. */
    boolean pending();

    /** Rule 1: end-to-end id and amount equal. */
    record Single(String entryKey, String endToEndId, long bankAmountMinor, boolean pending) implements Match {
        public Single {
            Objects.requireNonNull(entryKey, "entryKey");
            Objects.requireNonNull(endToEndId, "endToEndId");
        }

        public int confidence() {
            return 100;
        }

        public long internalAmountMinor() {
            return bankAmountMinor;
        }
    }

    /** Rule 2: one bulk debit for a released batch (N payments : 1 entry). */
    record Batch(String entryKey, String batchMessageId, List<String> endToEndIds, long bankAmountMinor,
                 int confidence, boolean pending) implements Match {
        public Batch {
            Objects.requireNonNull(entryKey, "entryKey");
            Objects.requireNonNull(batchMessageId, "batchMessageId");
            endToEndIds = List.copyOf(endToEndIds);
            if (confidence < AUTOMATIC_CONFIDENCE_MIN || confidence > 100) {
                throw new IllegalArgumentException("batch matches are automatic");
            }
        }

        public long internalAmountMinor() {
            return bankAmountMinor;
        }
    }

    /** Rule 3: a credit returning one or more payments the engine sent. */
    record Return(String entryKey, List<String> endToEndIds, long bankAmountMinor, boolean pending) implements Match {
        public Return {
            Objects.requireNonNull(entryKey, "entryKey");
            endToEndIds = List.copyOf(endToEndIds);
            if (endToEndIds.isEmpty()) {
                throw new IllegalArgumentException("a return match names the returned payments");
            }
        }

        public int confidence() {
            return 100;
        }

        public long internalAmountMinor() {
            return bankAmountMinor;
        }
    }
}
