package vn.ansinh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain's arithmetic, without a database: hashing, canonical form and the walk that finds breaks. */
class AuditHasherTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:15:30.123456789Z");

    /** Proves that key order and white space do not change the canonical form, so jsonb round trips hash alike. */
    @Test
    void canonicalFormIgnoresKeyOrderAndSpacing() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 20), longs().all()).checkAssert((text, amount) -> {
            var forward = new LinkedHashMap<String, Object>();
            forward.put("b", text);
            forward.put("a", Map.of("z", amount, "y", List.of(1, 2)));
            var backward = new LinkedHashMap<String, Object>();
            backward.put("a", Map.of("y", List.of(1, 2), "z", amount));
            backward.put("b", text);
            assertEquals(CanonicalJson.of(forward), CanonicalJson.of(backward));
            assertEquals(CanonicalJson.of(forward), CanonicalJson.ofJsonText(" " + CanonicalJson.of(backward) + "\n"));
        });
    }

    /** Proves that a fraction never enters an audit payload, where money is integer minor units. */
    @Test
    void fractionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.of(Map.of("amount", 1.5)));
    }

    /** Proves that changing any one field of an entry changes its hash. */
    @Test
    void everyFieldIsCovered() {
        qt().forAll(longs().between(1, Long.MAX_VALUE - 1), strings().basicLatinAlphabet().ofLengthBetween(1, 12))
                .checkAssert((seq, word) -> {
                    String base = hash(seq, T0, word, "A_B", "s:" + word, "{\"n\":1}");
                    assertNotEquals(base, hash(seq + 1, T0, word, "A_B", "s:" + word, "{\"n\":1}"));
                    assertNotEquals(base, hash(seq, T0.plusNanos(1000), word, "A_B", "s:" + word, "{\"n\":1}"));
                    assertNotEquals(base, hash(seq, T0, word + "x", "A_B", "s:" + word, "{\"n\":1}"));
                    assertNotEquals(base, hash(seq, T0, word, "A_C", "s:" + word, "{\"n\":1}"));
                    assertNotEquals(base, hash(seq, T0, word, "A_B", "t:" + word, "{\"n\":1}"));
                    assertNotEquals(base, hash(seq, T0, word, "A_B", "s:" + word, "{\"n\":2}"));
                });
    }

    /** Proves that time is hashed at the microsecond precision the database keeps, so a read-back verifies. */
    @Test
    void timeIsHashedAtStoredPrecision() {
        assertEquals(hash(1, T0, "a", "A_B", "s", "{}"), hash(1, T0.minusNanos(789), "a", "A_B", "s", "{}"));
    }

    /** Proves that the walk names exactly the entry that was changed, whichever it is. */
    @Test
    void walkNamesTheAlteredEntry() {
        qt().forAll(integers().between(1, 40), integers().between(0, 10_000), integers().between(0, 2))
                .checkAssert((length, victimSeed, field) -> {
                    int victim = victimSeed % length;
                    var chain = chain(length);
                    var original = chain.get(victim);
                    chain.set(victim, switch (field) {
                        case 0 -> new AuditRecord(original.seq(), original.recordedAt(), "mallory", original.action(),
                                original.subject(), original.payloadJson(), original.previousHash(), original.hash());
                        case 1 -> new AuditRecord(original.seq(), original.recordedAt(), original.actor(),
                                original.action(), original.subject(), "{\"amount\":999}", original.previousHash(),
                                original.hash());
                        default -> new AuditRecord(original.seq(), original.recordedAt(), original.actor(),
                                original.action(), original.subject(), original.payloadJson(),
                                AuditHasher.GENESIS_HASH.replace('0', 'f'), original.hash());
                    });
                    var step = AuditVerifier.check(new AuditVerifier.Progress(0, 0, AuditHasher.GENESIS_HASH), chain);
                    var stop = assertInstanceOf(AuditVerifier.Step.Stop.class, step);
                    var broken = assertInstanceOf(ChainVerdict.Broken.class, stop.verdict());
                    assertEquals(victim + 1, broken.firstBrokenSeq());
                });
    }

    /** Proves that a missing entry in the middle is reported as a gap at the first missing place. */
    @Test
    void walkFindsAGap() {
        var chain = chain(5);
        chain.remove(2);
        var stop = (AuditVerifier.Step.Stop) AuditVerifier.check(
                new AuditVerifier.Progress(0, 0, AuditHasher.GENESIS_HASH), chain);
        var broken = (ChainVerdict.Broken) stop.verdict();
        assertEquals(ChainVerdict.Reason.SEQUENCE_GAP, broken.reason());
        assertEquals(4, broken.firstBrokenSeq());
    }

    private static List<AuditRecord> chain(int length) {
        var out = new ArrayList<AuditRecord>();
        String previous = AuditHasher.GENESIS_HASH;
        for (long seq = 1; seq <= length; seq++) {
            String payload = "{\"amount\":" + seq * 1000 + "}";
            String hash = hash(seq, T0.plusSeconds(seq), "officer", "RUN_RELEASED", "run:" + seq, payload, previous);
            out.add(new AuditRecord(seq, AuditHasher.storablePrecision(T0.plusSeconds(seq)), "officer",
                    "RUN_RELEASED", "run:" + seq, payload, previous, hash));
            previous = hash;
        }
        return out;
    }

    private static String hash(long seq, Instant at, String actor, String action, String subject, String payload) {
        return hash(seq, at, actor, action, subject, payload, AuditHasher.GENESIS_HASH);
    }

    private static String hash(long seq, Instant at, String actor, String action, String subject, String payload,
                               String previous) {
        return AuditHasher.hash(previous, AuditHasher.canonicalEntry(seq, at, actor, action, subject, payload));
    }
}
