package vn.ansinh.reconciliation.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Everything about one statement except its entries, plus running totals computed while the entries streamed
 * past: this is what the completeness checks read, so a million-entry statement never has to sit in memory.
 *
 * @param bookedNetByValueDate net signed booked amount per value date (entries without a value date counted under
 *                             their booking date), so the checker can tell forward-value entries apart
 * @param declaredEntryCount   the count the bank declared (camt TxsSummry, MT942 90C+90D), when it did
 * @param declaredNetMinor     the signed net the bank declared, when it did
 */
public record StatementSummary(StatementHeader header, List<Balance> balances, long creditCount, long debitCount,
                               long creditTotalMinor, long debitTotalMinor, long bookedNetMinor,
                               NavigableMap<LocalDate, Long> bookedNetByValueDate, OptionalLong declaredEntryCount,
                               OptionalLong declaredNetMinor) {
    public StatementSummary {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(declaredEntryCount, "declaredEntryCount");
        Objects.requireNonNull(declaredNetMinor, "declaredNetMinor");
        balances = List.copyOf(balances);
        bookedNetByValueDate = Collections.unmodifiableNavigableMap(new TreeMap<>(bookedNetByValueDate));
        if (creditCount < 0 || debitCount < 0 || creditTotalMinor < 0 || debitTotalMinor < 0) {
            throw new IllegalArgumentException("counts and gross totals must not be negative");
        }
        long byDate = bookedNetByValueDate.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
        if (byDate != bookedNetMinor) {
            throw new IllegalArgumentException("booked net per value date does not add up to the booked net");
        }
    }

    public long entryCount() {
        return creditCount + debitCount;
    }

    public Optional<Balance> balance(BalanceType type) {
        return balances.stream().filter(balance -> balance.type() == type).findFirst();
    }

    public List<Balance> balances(BalanceType type) {
        return balances.stream().filter(balance -> balance.type() == type).toList();
    }
}
