package vn.ansinh.reconciliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedIdsTest {

    @Test
    void answersAsATreeSetOfTheSameIds() {
        // Proves the array-backed set holds, orders, finds and slices ids exactly as a tree set of them does.
        qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 4)).ofSizeBetween(0, 60),
                strings().basicLatinAlphabet().ofLengthBetween(0, 4),
                strings().basicLatinAlphabet().ofLengthBetween(0, 4)).checkAssert((ids, low, high) -> {
            TreeSet<String> expected = new TreeSet<>(ids);
            SortedIds actual = SortedIds.of(expected.toArray(new String[0]));
            assertEquals(expected, actual);
            assertEquals(List.copyOf(expected), List.copyOf(actual));
            assertEquals(expected.contains(low), actual.contains(low));
            assertEquals(List.copyOf(expected.headSet(low)), List.copyOf(actual.headSet(low)));
            assertEquals(List.copyOf(expected.tailSet(low)), List.copyOf(actual.tailSet(low)));
            if (low.compareTo(high) <= 0) {
                assertEquals(List.copyOf(expected.subSet(low, high)), List.copyOf(actual.subSet(low, high)));
            }
            assertEquals(expected.hashCode(), actual.hashCode());
        });
    }
}
