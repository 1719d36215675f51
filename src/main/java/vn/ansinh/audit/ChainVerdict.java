package vn.ansinh.audit;

/** The answer to "has anyone changed the record of what happened?". */
public sealed interface ChainVerdict {

    /** Every entry hashes to what it says and follows the one before; the head is the last hash. */
    record Intact(long entries, long headSeq, String headHash) implements ChainVerdict {}

    /** The first entry that does not hold, and why. Everything after it is unproven. */
    record Broken(long entries, long firstBrokenSeq, Reason reason, String detail) implements ChainVerdict {}

    enum Reason {
        /** The entry's own fields no longer hash to the stored hash: its content was changed. */
        HASH_MISMATCH,
        /** The entry does not follow the hash of the entry before it: an entry was removed, added or re-linked. */
        PREVIOUS_HASH_MISMATCH,
        /** Sequence numbers are not consecutive: an entry is missing. */
        SEQUENCE_GAP,
        /** The chain's recorded head disagrees with its last entry: entries were cut off the end. */
        HEAD_MISMATCH
    }
}
