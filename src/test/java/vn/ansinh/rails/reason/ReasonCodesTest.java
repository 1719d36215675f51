package vn.ansinh.rails.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonCodesTest {

    private static final List<String> REQUIRED = List.of("AC01", "AC03", "AC04", "AC06", "AC13", "AG01", "AM04",
            "AM05", "AM09", "BE01", "DUPL", "FF01", "MD07", "MS02", "MS03", "NARR", "RC01", "RR04", "TM01", "AC07");

    @Test
    void everyCodeTheEngineMeetsIsInTheTable() {
        // Proves that the shipped table loads and holds each code the engine is required to understand.
        for (String code : REQUIRED) {
            assertTrue(ReasonCodes.standard().isKnown(ReasonCode.of(code)), code);
        }
    }

    @Test
    void whoActsIsAsAgreed() {
        // Proves the decisions that move money: account errors go to the beneficiary, duplicates are never re-paid.
        ReasonCodes codes = ReasonCodes.standard();
        assertEquals(Actor.BENEFICIARY, codes.adviceFor(ReasonCode.of("AC04")).actor());
        assertEquals(Actor.PROGRAM, codes.adviceFor(ReasonCode.of("AM04")).actor());
        assertFalse(codes.adviceFor(ReasonCode.of("DUPL")).reissueAfterCorrection());
        assertFalse(codes.adviceFor(ReasonCode.of("AM05")).reissueAfterCorrection());
        assertFalse(codes.adviceFor(ReasonCode.of("MD07")).reissueAfterCorrection());
    }

    @Test
    void anUnknownCodeGetsTheDocumentedDefault() {
        // Proves that a code missing from the table yields ENGINE with no reissue instead of an exception.
        ReasonAdvice advice = ReasonCodes.standard().adviceFor(ReasonCode.of("ZZ99"));
        assertEquals(Actor.ENGINE, advice.actor());
        assertFalse(advice.reissueAfterCorrection());
        assertEquals("ZZ99", advice.code().value());
    }

    @Test
    void aBrokenTableIsRefusedAtStart() {
        // Proves that a malformed row or a repeated code stops loading, so a bad table never reaches production.
        assertThrows(IllegalStateException.class, () -> ReasonCodes.load(table("AC01|BENEFICIARY|yes|x")));
        assertThrows(IllegalStateException.class,
                () -> ReasonCodes.load(table("AC01|BANK|no|a|b\nAC01|BANK|no|a|b")));
        assertThrows(IllegalStateException.class, () -> ReasonCodes.load(table("AC01|BANK|maybe|a|b")));
    }

    private static ByteArrayInputStream table(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
