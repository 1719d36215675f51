package vn.ansinh.identity.name;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void movedFamilyNameStillMatches() {
        // Proves that word order does not matter: sorted words compare equal, so the score is 1 but not EXACT.
        NameMatch match = NameMatch.of("Văn An Nguyễn", "Nguyễn Văn An");
        assertEquals(1.0, match.score(), 0.0);
        assertEquals(NameVerdict.MATCH, match.verdict());
    }

    @Test
    void theThresholdsPlaceScoresInTheirBuckets() {
        // Proves the bucket edges: 0.92 is MATCH, just below is REVIEW, 0.80 is REVIEW, just below is MISMATCH.
        assertEquals(NameVerdict.MATCH, NameMatch.verdictFor(0.92));
        assertEquals(NameVerdict.REVIEW, NameMatch.verdictFor(Math.nextDown(0.92)));
        assertEquals(NameVerdict.REVIEW, NameMatch.verdictFor(0.80));
        assertEquals(NameVerdict.MISMATCH, NameMatch.verdictFor(Math.nextDown(0.80)));
    }

    @Test
    void differentPeopleMismatch() {
        // Proves that two unrelated names fall below the review threshold.
        assertEquals(NameVerdict.MISMATCH, NameMatch.of("Nguyễn Văn An", "Phạm Thị Hồng").verdict());
    }

    @Test
    void aOneLetterSlipIsAMatch() {
        // Proves that a single typing slip in a long name still scores as MATCH.
        NameMatch match = NameMatch.of("Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khia");
        assertEquals(NameVerdict.MATCH, match.verdict());
    }
}
