package vn.ansinh.recon.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.parse.EntrySink;

/** The read before anything is stored: keeps no entries, only what decides whether the file may be stored. */
final class FirstPass implements EntrySink {

    static final Currency VND = Currency.getInstance("VND");

    private final List<StatementFacts> statements = new ArrayList<>();
    private LocalDate first;
    private LocalDate last;
    private long foreign;

    @Override
    public void entry(StatementHeader header, Entry entry) {
        if (!entry.currency().equals(VND)) {
            foreign++;
        }
        entry.effectiveDate().ifPresent(date -> {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        });
    }

    @Override
    public void statementEnded(StatementSummary summary) {
        statements.add(new StatementFacts(summary, Optional.ofNullable(first), Optional.ofNullable(last), foreign));
        first = null;
        last = null;
        foreign = 0;
    }

    List<StatementFacts> statements() {
        return List.copyOf(statements);
    }
}
