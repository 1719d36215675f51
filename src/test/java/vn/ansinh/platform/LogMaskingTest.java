package vn.ansinh.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import vn.ansinh.platform.logging.LogMasking;

/** What the log filter does to text: numbers that identify people or accounts come out masked. */
class LogMaskingTest {

    /** Proves that any 9–19 digit number in any surrounding text is masked to its first and last three digits. */
    @Test
    void longNumbersAreMaskedWherever() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 30), integers().between(9, 19),
                        longs().between(0, Long.MAX_VALUE), strings().basicLatinAlphabet().ofLengthBetween(0, 30))
                .assuming((before, length, seed, after) -> !before.matches(".*[0-9]$") && !after.matches("^[0-9].*"))
                .checkAssert((before, length, seed, after) -> {
                    String digits = String.format("%019d", seed).substring(19 - length);
                    String masked = LogMasking.mask(before + digits + after);
                    assertFalse(masked.contains(digits), masked);
                    assertTrue(masked.contains(digits.substring(0, 3) + "*".repeat(length - 6)
                            + digits.substring(length - 3)), masked);
                });
    }

    /** Proves the documented example and that short account numbers named as such are masked too. */
    @Test
    void examples() {
        assertEquals("cccd 079******789", LogMasking.mask("cccd 079123456789"));
        assertEquals("account=123**678 paid 500000", LogMasking.mask("account=12345678 paid 500000"));
        assertEquals("amount 1500000 on 2026-11-22", LogMasking.mask("amount 1500000 on 2026-11-22"));
    }
}
