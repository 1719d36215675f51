package vn.ansinh.reconciliation.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;

/**
 * Hands back one shared instance for values that repeat through a statement (booking dates, bank transaction
 * codes), so that a million entries do not each hold their own equal copy. Values are immutable, so sharing cannot
 * change what any entry says. Bounded: past {@link #VALUES_MAX} distinct values, new ones are kept as they come.
 */
final class SharedValues {
    static final int VALUES_MAX = 4_096;

    private final Map<Object, Object> seen = new HashMap<>();
    private final Map<String, Optional<LocalDate>> dates = new HashMap<>();

    /** The date a text was parsed into before, if it was. */
    Optional<Optional<LocalDate>> parsed(String text) {
        return Optional.ofNullable(dates.get(text));
    }

    /** Keeps a parsed date for its text, within the same bound, and returns the shared instance. */
    Optional<LocalDate> remember(String text, Optional<LocalDate> date) {
        Optional<LocalDate> shared = of(date);
        if (dates.size() < VALUES_MAX) {
            dates.put(text, shared);
        }
        return shared;
    }

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        Object shared = seen.get(value);
        if (shared != null) {
            return (T) shared;
        }
        if (seen.size() < VALUES_MAX) {
            seen.put(value, value);
        }
        return value;
    }
}
