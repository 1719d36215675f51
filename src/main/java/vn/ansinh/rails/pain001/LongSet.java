package vn.ansinh.rails.pain001;

import java.util.Arrays;

/**
 * A set of longs in one array with open addressing: 1,000,000 ids take 16 MB instead of the ~100 MB of a HashSet of
 * strings. Capacity is fixed at construction from the declared count, so it never grows past a known size.
 */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;
    private final long[] slots;
    private final long sizeMax;
    private long size;
    private boolean containsEmptyMarker;

    LongSet(long sizeMax) {
        int capacity = Integer.highestOneBit((int) Math.max(4, Math.min(sizeMax * 2, 1L << 30))) << 1;
        this.slots = new long[capacity];
        this.sizeMax = sizeMax;
        Arrays.fill(slots, EMPTY);
    }

    /** Adds the value; false when it was already there. Throws when more than sizeMax values are added. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !containsEmptyMarker;
            containsEmptyMarker = true;
            return countIf(added);
        }
        int mask = slots.length - 1;
        int index = (int) (mix(value) & mask);
        while (slots[index] != EMPTY) {
            if (slots[index] == value) {
                return false;
            }
            index = (index + 1) & mask;
        }
        slots[index] = value;
        return countIf(true);
    }

    private boolean countIf(boolean added) {
        if (added && ++size > sizeMax) {
            throw new IllegalStateException("more than " + sizeMax + " values in a set sized for " + sizeMax);
        }
        return added;
    }

    /** Spreads sequential ids over the table (the finaliser of SplitMix64). */
    private static long mix(long value) {
        long mixed = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94d049bb133111ebL;
        return mixed ^ (mixed >>> 31);
    }
}
