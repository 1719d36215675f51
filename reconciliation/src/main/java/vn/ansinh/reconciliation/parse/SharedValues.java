package vn.ansinh.reconciliation.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands back one shared instance for values that repeat through a statement (booking dates, bank transaction
 * codes), so that a million entries do not each hold their own equal copy. Values are immutable, so sharing cannot
 * change what any entry says. Bounded: past {@link #VALUES_MAX} distinct values, new ones are kept as they come.
 */
final class SharedValues {
    static final int VALUES_MAX = 4_096;

    private final Map<Object, Object> seen = new HashMap<>();

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
