package vn.ansinh.reconciliation.match;

import java.util.Arrays;
import java.util.List;

/**
 * Payments by end-to-end id: the payments in one array and their positions in one open-addressing table of ints.
 * A million payments cost some twelve megabytes here instead of a hash map's node per payment, and the position
 * lets a claim be one bit (see {@link MatchState}). Ids are looked up with their cached string hash.
 */
final class PaymentIndex {
    /** Most payments one matching run takes; the table is at most twice this many ints. */
    static final int PAYMENTS_MAX = 1 << 26;
    private static final int EMPTY = -1;

    private final Payment[] payments;
    private final int[] slots;
    private final int mask;

    PaymentIndex(List<Payment> input) {
        if (input.size() > PAYMENTS_MAX) {
            throw new IllegalArgumentException("more than " + PAYMENTS_MAX + " payments in one matching run");
        }
        payments = input.toArray(new Payment[0]);
        int capacity = Integer.highestOneBit(Math.max(16, payments.length * 2 - 1)) << 1;
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        mask = capacity - 1;
        for (int position = 0; position < payments.length; position++) {
            int slot = slotOf(payments[position].endToEndId());
            if (slots[slot] != EMPTY) {
                throw new IllegalArgumentException("duplicate payment end-to-end id in matcher input");
            }
            slots[slot] = position;
        }
    }

    /** The payment with this id, or null when there is none: the rules test for it where they look it up. */
    Payment get(String endToEndId) {
        int position = slots[slotOf(endToEndId)];
        return position == EMPTY ? null : payments[position];
    }

    /** The position of a payment of this index, a claim's bit. */
    int position(Payment payment) {
        int position = slots[slotOf(payment.endToEndId())];
        if (position == EMPTY || payments[position] != payment) {
            throw new IllegalStateException("payment " + payment.endToEndId() + " is not in this matching run");
        }
        return position;
    }

    Payment at(int position) {
        return payments[position];
    }

    /** Every payment, in input order: callers that list payments sort them by id. */
    List<Payment> values() {
        return Arrays.asList(payments);
    }

    /** The slot holding this id, or the empty slot where it would go (linear probing; the table is half empty). */
    private int slotOf(String endToEndId) {
        int hash = endToEndId.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (slots[slot] != EMPTY && !payments[slots[slot]].endToEndId().equals(endToEndId)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
