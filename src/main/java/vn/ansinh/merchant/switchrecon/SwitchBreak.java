package vn.ansinh.merchant.switchrecon;

import java.util.Objects;

/** One difference for one terminal: its class, and both sides' totals so an operator sees the size of it. */
public record SwitchBreak(String terminalId, BreakSource source, BreakClass breakClass, TerminalTotals ours,
                          TerminalTotals theirs) {
    public SwitchBreak {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(breakClass, "breakClass");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
    }
}
