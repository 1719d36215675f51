package vn.ansinh.rails.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EndToEndIdPropertyTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    static Gen<EndToEndId> ids() {
        Gen<EndToEndId> runLines = longs().between(0, EndToEndId.RUN_ID_MAX)
                .zip(longs().between(0, EndToEndId.LINE_NUMBER_MAX), EndToEndId::forRunLine);
        Gen<EndToEndId> sequences = longs().between(0, Long.MAX_VALUE).map(EndToEndId::forSequence);
        return runLines.mix(sequences);
    }

    /** An independent MOD 97-10 check: the IBAN letter-to-number rule and BigInteger arithmetic. */
    private static boolean isOneModulo97(String id) {
        StringBuilder digits = new StringBuilder();
        id.chars().forEach(c -> digits.append(Character.isDigit(c) ? String.valueOf((char) c) : String.valueOf(c - 'A' + 10)));
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    @Test
    void everyBuiltIdParsesBackAndKeepsItsOrigin() {
        // Proves that every id built from a run line or a sequence validates, parses to itself and decodes to its origin.
        qt().forAll(ids()).checkAssert(id -> {
            assertEquals(Optional.of(id), EndToEndId.parse(id.value()));
            assertEquals(id, EndToEndId.of(id.origin()));
            assertTrue(isOneModulo97(id.value()), id::value);
        });
    }

    @Test
    void everyIdIsShortUpperCaseAsciiWithoutLongDigitRuns() {
        // Proves the wire constraints: at most 25 characters, only A-Z and 0-9, never three digits in a row.
        qt().forAll(ids()).checkAssert(id -> {
            assertTrue(id.value().length() <= 25, id::value);
            assertTrue(id.value().matches("[A-Z0-9]+"), id::value);
            assertTrue(!id.value().matches(".*[0-9]{3}.*"), id::value);
        });
    }

    @Test
    void everySingleCharacterSubstitutionIsDetected() {
        // Proves the guarantee of MOD 97-10 over a letter body: replacing any one character by any other is refused.
        qt().forAll(ids()).checkAssert(id -> {
            char[] characters = id.value().toCharArray();
            for (int position = 0; position < characters.length; position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == characters[position]) {
                        continue;
                    }
                    char[] changed = characters.clone();
                    changed[position] = replacement;
                    String corrupted = new String(changed);
                    assertEquals(Optional.empty(), EndToEndId.parse(corrupted), corrupted);
                }
            }
        });
    }

    @Test
    void everyAdjacentTranspositionIsDetected() {
        // Proves the second guarantee: swapping any two neighbouring, different characters is refused.
        qt().forAll(ids()).checkAssert(id -> {
            char[] characters = id.value().toCharArray();
            for (int position = 0; position + 1 < characters.length; position++) {
                if (characters[position] == characters[position + 1]) {
                    continue;
                }
                char[] swapped = characters.clone();
                swapped[position] = characters[position + 1];
                swapped[position + 1] = characters[position];
                String corrupted = new String(swapped);
                assertEquals(Optional.empty(), EndToEndId.parse(corrupted), corrupted);
            }
        });
    }

    @Test
    void anIdIsFoundInsideATransferDescriptionWhateverTheCaseAndSpacing() {
        // Proves that an id glued to the surrounding words or lower-cased by a bank is still found.
        qt().forAll(ids()).checkAssert(id -> {
            assertEquals(Optional.of(id), EndToEndId.findIn("CHI TRA TRO CAP " + id.value() + " THANG 5"));
            assertEquals(Optional.of(id), EndToEndId.findIn("ct" + id.value().toLowerCase() + "tro cap"));
        });
    }
}
