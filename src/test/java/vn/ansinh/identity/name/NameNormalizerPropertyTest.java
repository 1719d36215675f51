package vn.ansinh.identity.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NameNormalizerPropertyTest {

    /** Names drawn from Vietnamese letters with every tone mark, plus spaces, punctuation and tabs. */
    static Gen<String> vietnameseNames() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
                + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ     \t-.'";
        List<Character> letters = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(letters)).ofSizeBetween(0, 40)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    @Test
    void theShortCutForNormalTextAnswersAsTheFullPathDoes() {
        // Normal forms themselves (what banks send) as well as any text: the short cut must never change an answer.
        qt().forAll(vietnameseNames().map(NameNormalizer::normalizeFully).mix(vietnameseNames())
                        .mix(strings().allPossible().ofLengthBetween(0, 30)))
                .checkAssert(name -> assertEquals(NameNormalizer.normalizeFully(name), NameNormalizer.normalize(name)));
    }

    @Test
    void theLatinTableAnswersAsTheFullPathDoes() {
        // Decomposed and half-composed names, and any mix of the Latin blocks' characters with others: the table's
        // path must give the full path's answer, and hand over to it on any character outside the table.
        qt().forAll(vietnameseNames().map(name -> Normalizer.normalize(name, Normalizer.Form.NFD))
                        .mix(vietnameseNames().mix(latinText())).mix(strings().allPossible().ofLengthBetween(0, 30)))
                .checkAssert(name -> assertEquals(NameNormalizer.normalizeFully(name), NameNormalizer.normalize(name)));
    }

    /** Characters of the table's blocks (U+0000–U+036F, U+1E00–U+1EFF) and a few from between and beyond them. */
    static Gen<String> latinText() {
        Gen<Integer> codePoints = integers().between(0, 0x036F).mix(integers().between(0x1E00, 0x1EFF), 80)
                .mix(integers().between(0x0370, 0x1DFF), 5).mix(integers().between(0x1F00, 0x2FFF), 5);
        return lists().of(codePoints).ofSizeBetween(0, 30).map(points -> points.stream()
                .map(Character::toString).collect(Collectors.joining()));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        // Proves that the normal form is a fixed point: normalize(normalize(x)) equals normalize(x).
        qt().forAll(vietnameseNames().mix(strings().allPossible().ofLengthBetween(0, 30)))
                .checkAssert(name -> assertEquals(NameNormalizer.normalize(name),
                        NameNormalizer.normalize(NameNormalizer.normalize(name))));
    }

    @Test
    void theNormalFormIsAsciiLettersDigitsAndSingleSpaces() {
        // Proves that any input, Vietnamese or arbitrary Unicode, normalises to A–Z, 0–9 and single inner spaces.
        qt().forAll(vietnameseNames().mix(strings().allPossible().ofLengthBetween(0, 30)))
                .checkAssert(name -> assertTrue(NameNormalizer.normalize(name).matches("([A-Z0-9]+( [A-Z0-9]+)*)?"),
                        () -> "not a normal form: " + NameNormalizer.normalize(name)));
    }

    @Test
    void compositionCaseAndSpacingDoNotMatter() {
        // Proves that NFC and NFD input, lower and upper case, and extra spaces all give the same normal form.
        qt().forAll(vietnameseNames()).checkAssert(name -> {
            String expected = NameNormalizer.normalize(name);
            assertEquals(expected, NameNormalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFD)));
            assertEquals(expected, NameNormalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFC)));
            assertEquals(expected, NameNormalizer.normalize(name.toUpperCase(Locale.ROOT)));
            assertEquals(expected, NameNormalizer.normalize(name.toLowerCase(Locale.ROOT)));
            assertEquals(expected, NameNormalizer.normalize("  " + name.replace(" ", "   ") + " \t"));
        });
    }

    @Test
    void vietnameseLettersLoseTheirMarks() {
        // Proves the worked example: diacritics and đ disappear, case and spacing are unified.
        assertEquals("NGUYEN THI DAO", NameNormalizer.normalize("  nguyễn   Thị\tĐào "));
        assertEquals("TRAN VAN DUNG", NameNormalizer.normalize("Trần Văn Dũng"));
    }
}
