package vn.ansinh.reconciliation.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;

/**
 * A bank entry with its key computed once and its place in processing order: a million-entry run would otherwise
 * build the key string again at every sort comparison, claim and result.
 */
record KeyedEntry(int position, String key, BankEntry bankEntry) {

    Entry entry() {
        return bankEntry.entry();
    }

    String account() {
        return bankEntry.account();
    }

    /** Every entry that is not INFO, in key order; refuses two entries with one key. */
    static List<KeyedEntry> sorted(List<BankEntry> entries) {
        List<KeyedEntry> unsorted = new ArrayList<>(entries.size());
        for (BankEntry entry : entries) {
            if (entry.entry().status() != EntryStatus.INFO) {
                unsorted.add(new KeyedEntry(0, entry.key(), entry));
            }
        }
        unsorted.sort(Comparator.comparing(KeyedEntry::key));
        List<KeyedEntry> sorted = new ArrayList<>(unsorted.size());
        for (int position = 0; position < unsorted.size(); position++) {
            KeyedEntry entry = unsorted.get(position);
            if (position > 0 && entry.key.equals(unsorted.get(position - 1).key)) {
                throw new IllegalArgumentException("duplicate bank entry key in matcher input");
            }
            sorted.add(new KeyedEntry(position, entry.key, entry.bankEntry));
        }
        return sorted;
    }
}
