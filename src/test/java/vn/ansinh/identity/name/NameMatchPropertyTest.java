package vn.ansinh.identity.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class NameMatchPropertyTest {

    @Test
    void theScoreIsSymmetricAndBetweenZeroAndOne() {
        // Proves that comparing a with b gives the same score and verdict as b with a, and the score lies in [0, 1].
        qt().forAll(NameNormalizerPropertyTest.vietnameseNames(), NameNormalizerPropertyTest.vietnameseNames())
                .checkAssert((left, right) -> {
                    NameMatch forward = NameMatch.of(left, right);
                    NameMatch backward = NameMatch.of(right, left);
                    assertEquals(forward.score(), backward.score(), 0.0);
                    assertEquals(forward.verdict(), backward.verdict());
                    assertTrue(forward.score() >= 0.0 && forward.score() <= 1.0);
                });
    }

    @Test
    void aNameMatchesItselfWrittenAnyWay() {
        // Proves that the same name with other diacritics, case or spacing is EXACT with score 1.
        qt().forAll(NameNormalizerPropertyTest.vietnameseNames()).checkAssert(name -> {
            NameMatch match = NameMatch.of(name, "  " + name.toUpperCase(java.util.Locale.ROOT) + " ");
            assertEquals(NameVerdict.EXACT, match.verdict());
            assertEquals(1.0, match.score(), 0.0);
        });
    }
}
