package vn.ansinh.reconciliation.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Checks opening + Σ booked entries against the closing booked balance, aware of forward-value entries. */
public final class BalanceChecker {
    private BalanceChecker() {
    }

    public static BalanceCheck check(StatementSummary statement) {
        Optional<Balance> opening = statement.balance(BalanceType.OPENING_BOOKED)
                .or(() -> statement.balance(BalanceType.INTERIM_OPENING_BOOKED));
        Optional<Balance> closing = statement.balance(BalanceType.CLOSING_BOOKED)
                .or(() -> statement.balance(BalanceType.INTERIM_CLOSING_BOOKED));
        if (opening.isEmpty() || closing.isEmpty()) {
            return new BalanceCheck.NotCheckable(statement.header().format() + " statement '"
                    + statement.header().statementId() + "' has no opening and closing booked balance pair");
        }
        long expected = Math.addExact(opening.get().signedMinor(), statement.bookedNetMinor());
        long reported = closing.get().signedMinor();
        if (expected == reported) {
            return new BalanceCheck.Consistent("opening " + opening.get().signedMinor() + " + booked entries "
                    + statement.bookedNetMinor() + " = closing booked " + reported);
        }
        return byValueDate(statement, opening.get(), closing.get(), expected)
                .orElse(new BalanceCheck.Inconsistent("opening " + opening.get().signedMinor() + " + booked entries "
                        + statement.bookedNetMinor() + " = " + expected + " but closing booked is " + reported
                        + " (difference " + Math.subtractExact(reported, expected) + ")", expected, reported));
    }

    private static Optional<BalanceCheck> byValueDate(StatementSummary statement, Balance opening, Balance closing,
                                                      long expectedAll) {
        LocalDate closingDate = closing.date();
        long forwardValued = statement.bookedNetByValueDate().tailMap(closingDate, false).values().stream()
                .mapToLong(Long::longValue).reduce(0L, Math::addExact);
        long upToClosing = Math.subtractExact(expectedAll, forwardValued);
        List<Balance> forwards = statement.balances(BalanceType.FORWARD_AVAILABLE);
        boolean forwardMatches = forwards.stream().anyMatch(forward -> forward.signedMinor() == expectedAll);
        if (forwardValued == 0 || upToClosing != closing.signedMinor() || !forwardMatches) {
            return Optional.empty();
        }
        return Optional.of(new BalanceCheck.ConsistentByValueDate("entries value-dated after " + closingDate
                + " (net " + forwardValued + ") are excluded from closing booked: opening " + opening.signedMinor()
                + " + entries value-dated up to " + closingDate + " = closing booked " + closing.signedMinor()
                + ", and opening + all entries = forward available " + expectedAll, forwardValued));
    }
}
