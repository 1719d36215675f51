package vn.ansinh.merchant.switchrecon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares our per-terminal totals with another side's for one day. A terminal both sides count as having nothing
 * is no break; otherwise the first difference found names the class: missing on one side, then counts, then đồng.
 * Pure and deterministic: breaks come out in terminal order.
 */
public final class SwitchComparer {

    private SwitchComparer() {
    }

    public static List<SwitchBreak> compare(Map<String, TerminalTotals> ours, Map<String, TerminalTotals> theirs,
                                            BreakSource source) {
        var breaks = new ArrayList<SwitchBreak>();
        for (String terminal : new TreeSet<>(union(ours, theirs))) {
            TerminalTotals our = ours.getOrDefault(terminal, TerminalTotals.NONE);
            TerminalTotals their = theirs.getOrDefault(terminal, TerminalTotals.NONE);
            classify(our, their).ifPresent(found -> breaks.add(new SwitchBreak(terminal, source, found, our, their)));
        }
        return breaks;
    }

    public static Optional<BreakClass> classify(TerminalTotals ours, TerminalTotals theirs) {
        if (ours.equals(theirs)) {
            return Optional.empty();
        }
        if (theirs.countsNothing()) {
            return Optional.of(BreakClass.MISSING_AT_SWITCH);
        }
        if (ours.countsNothing()) {
            return Optional.of(BreakClass.MISSING_HERE);
        }
        if (ours.count() != theirs.count() || ours.reversalCount() != theirs.reversalCount()) {
            return Optional.of(BreakClass.COUNT_MISMATCH);
        }
        return Optional.of(BreakClass.AMOUNT_MISMATCH);
    }

    private static java.util.Set<String> union(Map<String, TerminalTotals> ours, Map<String, TerminalTotals> theirs) {
        var all = new java.util.HashSet<String>(ours.keySet());
        all.addAll(theirs.keySet());
        return all;
    }
}
