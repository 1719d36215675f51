package vn.ansinh.rails.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.ansinh.identity.name.NameNormalizer;

class AsciiTextPropertyTest {

    /** The form, said as a regular expression: what the hand-written check must agree with. */
    private static final Pattern FORM = Pattern.compile("[A-Z0-9]+( [A-Z0-9]+)*");

    /** Mostly near-misses: the allowed letters with spaces, lower case, tabs and a diacritic mixed in. */
    private static Gen<String> texts() {
        List<Character> letters = "AZ09 MN  az\tĐÉ-".chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(letters)).ofSizeBetween(0, 12)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    @Test
    void theCheckAgreesWithTheFormForEveryText() {
        qt().forAll(texts(), integers().between(0, 14)).checkAssert((text, lengthMax) -> assertEquals(
                !text.isEmpty() && text.length() <= lengthMax && FORM.matcher(text).matches(),
                AsciiText.isAscii(text, lengthMax), () -> "'" + text + "' at most " + lengthMax));
    }

    @Test
    void whatOfProducesPassesTheCheck() {
        qt().forAll(texts()).assuming(text -> !NameNormalizer.normalize(text).isEmpty())
                .checkAssert(text -> assertTrue(AsciiText.isAscii(AsciiText.of(text, 140), 140), text));
    }
}
