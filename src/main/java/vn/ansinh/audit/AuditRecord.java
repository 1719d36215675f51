package vn.ansinh.audit;

import java.time.Instant;

/** One link of the chain as stored. */
public record AuditRecord(long seq, Instant recordedAt, String actor, String action, String subject,
                          String payloadJson, String previousHash, String hash) {

    /** The hash this entry should have, recomputed from its own fields and the hash it claims to follow. */
    public String expectedHash() {
        return AuditHasher.hash(previousHash,
                AuditHasher.canonicalEntry(seq, recordedAt, actor, action, subject, payloadJson));
    }
}
