package vn.ansinh.reconciliation.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Running totals of one statement while its entries stream past; all arithmetic is overflow-checked. */
final class SummaryAccumulator {
    /** Value dates are per-day buckets; a statement spanning more days than this is refused as hostile. */
    static final int VALUE_DATES_PER_STATEMENT_MAX = 10_000;

    private final List<Balance> balances = new ArrayList<>();
    private final TreeMap<LocalDate, Long> bookedNetByValueDate = new TreeMap<>();
    private long creditCount;
    private long debitCount;
    private long creditTotalMinor;
    private long debitTotalMinor;
    private long bookedNetMinor;
    private OptionalLong declaredEntryCount = OptionalLong.empty();
    private OptionalLong declaredNetMinor = OptionalLong.empty();

    long entryCount() {
        return creditCount + debitCount;
    }

    void addBalance(Balance balance) {
        balances.add(balance);
    }

    List<Balance> balances() {
        return List.copyOf(balances);
    }

    void declare(OptionalLong entryCount, OptionalLong netMinor) {
        declaredEntryCount = entryCount;
        declaredNetMinor = netMinor;
    }

    void add(Entry entry, String position) throws StatementParseException {
        if (entry.direction() == Direction.CREDIT) {
            creditCount++;
            creditTotalMinor = Math.addExact(creditTotalMinor, entry.amountMinor());
        } else {
            debitCount++;
            debitTotalMinor = Math.addExact(debitTotalMinor, entry.amountMinor());
        }
        if (entry.status() != EntryStatus.BOOKED) {
            return;
        }
        bookedNetMinor = Math.addExact(bookedNetMinor, entry.signedMinor());
        LocalDate date = entry.valueDate().or(entry::bookingDate).orElse(LocalDate.MIN);
        if (!bookedNetByValueDate.containsKey(date) && bookedNetByValueDate.size() >= VALUE_DATES_PER_STATEMENT_MAX) {
            throw new StatementParseException(position, "more than " + VALUE_DATES_PER_STATEMENT_MAX
                    + " distinct value dates in one statement");
        }
        bookedNetByValueDate.merge(date, entry.signedMinor(), Math::addExact);
    }

    StatementSummary build(StatementHeader header) {
        return new StatementSummary(header, balances, creditCount, debitCount, creditTotalMinor, debitTotalMinor,
                bookedNetMinor, bookedNetByValueDate, declaredEntryCount, declaredNetMinor);
    }
}
