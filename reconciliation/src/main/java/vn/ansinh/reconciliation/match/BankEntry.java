package vn.ansinh.reconciliation.match;

import java.util.Objects;
import vn.ansinh.reconciliation.model.Entry;

/** A statement entry with the account and statement it came from: the matcher's unit on the bank side. */
public record BankEntry(String account, String statementId, Entry entry) {
    private static final int INDEX_DIGITS = 12;

    public BankEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(entry, "entry");
    }

    /** Stable identity, also the processing order that makes matching independent of input order. */
    public String key() {
        String index = Long.toString(entry.index());
        // Zero-padded to twelve digits, as "%012d" would, without the cost of a Formatter per call.
        return account + '|' + statementId + '#' + "0".repeat(Math.max(0, INDEX_DIGITS - index.length())) + index;
    }
}
