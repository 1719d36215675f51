package vn.ansinh.merchant.switchrecon;

import java.time.LocalDate;
import java.util.Objects;

/** One line of the switch's clearing file: a terminal's card totals for one business date. */
public record ClearingRow(LocalDate businessDate, String terminalId, TerminalTotals totals) {
    public ClearingRow {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(totals, "totals");
    }
}
