package vn.ansinh.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void aCccdShowsThreeDigitsAtEachEnd() {
        // Proves the 079******123 form for a 12-digit CCCD.
        assertEquals("079******123", Masking.cccd("079301000123"));
    }

    @Test
    void shortAccountsRevealAtMostHalf() {
        // Proves that short account numbers keep at most a quarter of their digits visible at each end.
        assertEquals("007********678", Masking.account("00710012345678"));
        assertEquals("12****78", Masking.account("12345678"));
        assertEquals("1****6", Masking.account("123456"));
        assertEquals("***", Masking.account("123"));
    }

    @Test
    void nullGivesEmptyTextBecauseLogsMustNotFail() {
        // Proves that the log filter can pass null without an exception.
        assertEquals("", Masking.cccd(null));
        assertEquals("", Masking.freeText(null));
    }

    @Test
    void freeTextMasksLongDigitRunsButKeepsAmounts() {
        // Proves that a CCCD inside a log message is masked while a 7-digit amount stays readable.
        assertEquals("paid 1500000 to 079******123 acct 970**********678",
                Masking.freeText("paid 1500000 to 079301000123 acct 9704123412345678"));
    }
}
