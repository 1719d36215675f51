package vn.ansinh.beneficiary.intake;

import java.util.Arrays;

/**
 * A set of non-negative longs in one open-addressed array: 8 bytes a slot, half the slots kept free, so 1,000,000
 * CCCDs take 16 MiB instead of the ~80 MiB a HashSet of boxed Longs would. Not thread-safe.
 */
final class LongHashSet {

    private static final long EMPTY = -1L;
    private static final int CAPACITY_INITIAL = 1 << 10;
    private static final long GOLDEN_RATIO_64 = 0x9E3779B97F4A7C15L;

    private final long sizeMax;
    private long[] slots;
    private long size;

    /** A set that refuses to hold more than {@code sizeMax} values, so its memory is bounded. */
    LongHashSet(long sizeMax) {
        if (sizeMax < 1 || sizeMax > (1L << 29)) {
            throw new IllegalArgumentException("sizeMax must be in [1, 2^29]: " + sizeMax);
        }
        this.sizeMax = sizeMax;
        this.slots = emptySlots(CAPACITY_INITIAL);
    }

    /** Adds the value; true when it was not there before. */
    boolean add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("only non-negative values: " + value);
        }
        int index = find(slots, value);
        if (slots[index] == value) {
            return false;
        }
        if (size == sizeMax) {
            throw new IllegalStateException("set is full at its maximum of " + sizeMax + " values");
        }
        slots[index] = value;
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    long size() {
        return size;
    }

    /** The slot holding the value, or the empty slot where it belongs. Terminates: a free slot always exists. */
    private static int find(long[] slots, long value) {
        int mask = slots.length - 1;
        int index = (int) ((value * GOLDEN_RATIO_64) >>> 32) & mask;
        while (slots[index] != EMPTY && slots[index] != value) {
            index = (index + 1) & mask;
        }
        return index;
    }

    private void grow() {
        long[] larger = emptySlots(slots.length * 2);
        for (long value : slots) {
            if (value != EMPTY) {
                larger[find(larger, value)] = value;
            }
        }
        slots = larger;
    }

    private static long[] emptySlots(int capacity) {
        long[] empty = new long[capacity];
        Arrays.fill(empty, EMPTY);
        return empty;
    }
}
