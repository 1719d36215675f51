package vn.ansinh.rails.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndToEndIdTest {

    @Test
    void theFormIsStableAcrossReleases() {
        // Proves that the encoding of known origins never changes, because ids already sent must keep matching.
        assertEquals("ASRAAAAAAAAAAAAA", EndToEndId.forRunLine(0, 0).value().substring(0, 16));
        assertEquals(GOLDEN_RUN_LINE, EndToEndId.forRunLine(12_345, 678).value());
        assertEquals(GOLDEN_SEQUENCE, EndToEndId.forSequence(Long.MAX_VALUE).value());
    }

    private static final String GOLDEN_RUN_LINE = "ASRAAAASGVAAABAC48";
    private static final String GOLDEN_SEQUENCE = "ASQDSQYOMTLWMKGIH25";

    @Test
    void limitsAreEnforcedAtConstruction() {
        // Proves that origins beyond the encoding's capacity are refused rather than wrapped into another id.
        assertThrows(IllegalArgumentException.class, () -> EndToEndId.forRunLine(EndToEndId.RUN_ID_MAX + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> EndToEndId.forRunLine(0, EndToEndId.LINE_NUMBER_MAX + 1));
        assertThrows(IllegalArgumentException.class, () -> EndToEndId.forSequence(-1));
    }

    @Test
    void malformedTextIsEmptyNotAnException() {
        // Proves that parse answers empty for wrong shapes, separators and a sequence body beyond Long.MAX_VALUE.
        assertEquals(Optional.empty(), EndToEndId.parse(""));
        assertEquals(Optional.empty(), EndToEndId.parse("AS-RAAAAAAAAAAAAA00"));
        assertEquals(Optional.empty(), EndToEndId.parse("ASQZZZZZZZZZZZZZZ00"));
        assertEquals(Optional.empty(), EndToEndId.findIn("no id here"));
    }
}
