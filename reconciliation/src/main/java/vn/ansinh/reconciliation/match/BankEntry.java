package vn.ansinh.reconciliation.match;

import java.util.Objects;
import vn.ansinh.reconciliation.model.Entry;

/** A statement entry with the account and statement it came from: the matcher's unit on the bank side. */
public record BankEntry(String account, String statementId, Entry entry) {
    public BankEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(entry, "entry");
    }

    /** Stable identity, also the processing order that makes matching independent of input order. */
    public String key() {
        return account + '|' + statementId + '#' + String.format("%012d", entry.index());
    }
}
