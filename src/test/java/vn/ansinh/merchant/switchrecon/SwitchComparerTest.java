package vn.ansinh.merchant.switchrecon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SwitchComparerTest {

    private static final TerminalTotals SALES = new TerminalTotals(3, 300_000, 1, 50_000);

    /** Proves each kind of difference gets its class and agreeing or silent terminals get none. */
    @Test
    void eachDifferenceGetsItsClass() {
        Map<String, TerminalTotals> ours = Map.of("T0000001", SALES, "T0000002", SALES, "T0000003", SALES,
                "T0000004", SALES, "T0000006", TerminalTotals.NONE);
        Map<String, TerminalTotals> theirs = Map.of("T0000001", SALES, "T0000003", new TerminalTotals(3, 300_001, 1, 50_000),
                "T0000004", new TerminalTotals(3, 300_000, 2, 100_000), "T0000005", SALES);
        List<SwitchBreak> breaks = SwitchComparer.compare(ours, theirs, BreakSource.CLEARING_FILE);
        assertEquals(List.of("T0000002", "T0000003", "T0000004", "T0000005"), breaks.stream().map(SwitchBreak::terminalId).toList());
        assertEquals(List.of(BreakClass.MISSING_AT_SWITCH, BreakClass.AMOUNT_MISMATCH, BreakClass.COUNT_MISMATCH,
                BreakClass.MISSING_HERE), breaks.stream().map(SwitchBreak::breakClass).toList());
    }
}
