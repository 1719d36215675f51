package vn.ansinh.recon.statement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.StatementSummary;

/**
 * One statement as the first read of a file saw it: its summary, the dates its entries span, and how many entries
 * were in a currency other than VND (the engine's funding accounts are VND accounts).
 */
record StatementFacts(StatementSummary summary, Optional<LocalDate> firstEntryDate, Optional<LocalDate> lastEntryDate,
                      long foreignCurrencyEntries) {
    StatementFacts {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(firstEntryDate, "firstEntryDate");
        Objects.requireNonNull(lastEntryDate, "lastEntryDate");
    }

    /** The earliest date the statement speaks of, by its balances and entries; {@code fallback} when it names none. */
    LocalDate firstDate(LocalDate fallback) {
        return dates().min(LocalDate::compareTo).orElse(fallback);
    }

    LocalDate lastDate(LocalDate fallback) {
        return dates().max(LocalDate::compareTo).orElse(fallback);
    }

    private Stream<LocalDate> dates() {
        return Stream.concat(summary.balances().stream().map(Balance::date),
                Stream.concat(firstEntryDate.stream(), lastEntryDate.stream()));
    }
}
