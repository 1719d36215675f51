package vn.ansinh.reconciliation.match;

import java.util.Optional;
import vn.ansinh.reconciliation.model.Entry;

/** Builds breaks with their priority and age, so every break is made the same way. */
final class Breaks {
    private Breaks() {
    }

    static Break ofEntry(BreakClass breakClass, KeyedEntry bankEntry, long amountMinor, long internalAmountMinor,
                         Optional<String> endToEndId, String explanation, MatchPolicy policy) {
        Entry entry = bankEntry.entry();
        AgeBucket age = AgeBucket.of(entry.effectiveDate().orElse(policy.asOfDate()), policy.asOfDate());
        return new Break(breakClass, breakClass.priority(), age, amountMinor, entry.currency(), entry.amountMinor(),
                internalAmountMinor, Optional.of(bankEntry.key()), endToEndId, explanation);
    }

    static Break ofPayment(BreakClass breakClass, Payment payment, String explanation, MatchPolicy policy) {
        AgeBucket age = AgeBucket.of(policy.dateOf(payment.statusTime()), policy.asOfDate());
        return new Break(breakClass, breakClass.priority(), age, payment.amountMinor(), payment.currency(), 0,
                payment.amountMinor(), Optional.empty(), Optional.of(payment.endToEndId()), explanation);
    }
}
