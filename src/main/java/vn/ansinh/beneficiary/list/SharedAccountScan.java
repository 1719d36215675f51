package vn.ansinh.beneficiary.list;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import vn.ansinh.banking.Bank;
import vn.ansinh.banking.BankDirectory;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.identity.Cccd;

/**
 * One pass over a file's rows that finds the accounts given for more than one CCCD, so that their rows can wait
 * for the list's close while every other verified row is enrolled as soon as it is stored.
 * <p>
 * Each account is remembered by a 63-bit hash with the first CCCD seen for it: two longs a slot, half the slots
 * free, so a million rows cost 32 MiB rather than a map of strings. A hash collision can only add an account that
 * is not really shared — its rows then wait for the close, whose exact check lets them through — never hide one
 * that is, because the row that disagrees with the remembered CCCD names its own account. Rows without a known
 * bank are skipped: no account check applies to them. Not thread-safe.
 */
public final class SharedAccountScan implements Consumer<BeneficiaryRow> {

    /** A shared account as it is stored on a list row. */
    public record Account(String bankBin, String accountNumber) {}

    private static final int CAPACITY_INITIAL = 1 << 12;
    private static final long EMPTY = 0L;
    /** Keys of CCCDs that are not twelve digits carry this bit, so they never equal a real CCCD's number. */
    private static final long NOT_A_CCCD = 1L << 62;

    private final BankDirectory directory;
    private final long rowsMax;
    private final Set<Account> shared = new LinkedHashSet<>();
    private long[] accounts = new long[CAPACITY_INITIAL];
    private long[] holders = new long[CAPACITY_INITIAL];
    private long size;

    /** A scan of a file of at most {@code rowsMax} rows, so its memory is bounded. */
    public SharedAccountScan(BankDirectory directory, long rowsMax) {
        if (rowsMax < 1 || rowsMax > (1L << 28)) throw new IllegalArgumentException("rowsMax must be in [1, 2^28]: " + rowsMax);
        this.directory = directory;
        this.rowsMax = rowsMax;
    }

    @Override
    public void accept(BeneficiaryRow row) {
        var bank = directory.find(row.bank());
        if (bank.isEmpty()) return;
        String bin = bank.map(Bank::bin).orElseThrow();
        long account = accountKey(bin, row.accountNumber());
        long holder = Cccd.parse(row.cccd()).map(Cccd::asLong).orElseGet(() -> NOT_A_CCCD | (hash(row.cccd()) >>> 2));
        int slot = find(accounts, account);
        if (accounts[slot] == EMPTY) {
            if (size == rowsMax) throw new IllegalStateException("more rows than the " + rowsMax + " the scan was made for");
            accounts[slot] = account;
            holders[slot] = holder;
            if (++size * 2 > accounts.length) grow();
        } else if (holders[slot] != holder) {
            shared.add(new Account(bin, row.accountNumber()));
        }
    }

    /** The accounts found given for more than one CCCD (with, rarely, a few that only collided), in file order. */
    public Set<Account> shared() {
        return shared;
    }

    private static long accountKey(String bin, String accountNumber) {
        long key = hash(bin + ':' + accountNumber) >>> 1;
        return key == EMPTY ? 1 : key;
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser so that close strings land far apart. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static int find(long[] keys, long key) {
        int mask = keys.length - 1;
        int index = (int) (key ^ (key >>> 32)) & mask;
        while (keys[index] != EMPTY && keys[index] != key) index = (index + 1) & mask;
        return index;
    }

    private void grow() {
        long[] largerAccounts = new long[accounts.length * 2];
        long[] largerHolders = new long[accounts.length * 2];
        for (int i = 0; i < accounts.length; i++) {
            if (accounts[i] == EMPTY) continue;
            int slot = find(largerAccounts, accounts[i]);
            largerAccounts[slot] = accounts[i];
            largerHolders[slot] = holders[i];
        }
        accounts = largerAccounts;
        holders = largerHolders;
    }
}
