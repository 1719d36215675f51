package vn.ansinh.iso8583.acquirer;

/**
 * A journal that also decides: it reserves a 0100 or 0200 against duplicates, decides it by its own rules and
 * records the decision in one atomic step, so the request costs one trip to storage instead of three. What it
 * promises is what {@link TransactionJournal#reserve}, an {@link Authorizer} and {@link TransactionJournal#decide}
 * promise together: a duplicate is reported and never decided twice, and the decision is durable when this returns.
 * An exception means the request's fate is not known here (nothing stored, or a commit not confirmed): the host
 * sends no answer, and the terminal's reversal after its timeout settles it, as for a handler past its timeout.
 */
public interface DecidingJournal extends TransactionJournal {

    /** Reserves, decides and records {@code pending}; a 0220 advice is not for this, the terminal decided it. */
    Recorded reserveAndDecide(JournalEntry pending, AuthorizationRequest request);

    sealed interface Recorded {
        /** The key was taken already; {@code existing} is what holds it, untouched. */
        record Duplicate(JournalEntry existing) implements Recorded { }

        /** Reserved and decided now; {@code entry} carries the response code and, if approved, the approval code. */
        record Decided(JournalEntry entry) implements Recorded {
            public Decided {
                if (entry.responseCode().isEmpty()) {
                    throw new IllegalArgumentException("a decided entry carries its response code");
                }
                if (entry.state() == TransactionState.APPROVED && entry.approvalCode().isEmpty()) {
                    throw new IllegalArgumentException("an approved entry carries its approval code");
                }
            }
        }
    }
}
