package org.sverka.align;

import java.util.function.LongConsumer;

/**
 * Counts occurrences of long keys without boxing (open addressing, linear probing). Keys should be
 * well mixed in their high bits, as {@link WordLinks#key} keys are; the slot is taken from them.
 */
final class LongCounter {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] counts;
    private int size;
    private int shift;

    LongCounter() {
        allocate(10);
    }

    private void allocate(int bits) {
        keys = new long[1 << bits];
        counts = new int[1 << bits];
        java.util.Arrays.fill(keys, EMPTY);
        shift = 64 - bits;
        size = 0;
    }

    void increment(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int mask = keys.length - 1;
        int slot = (int) (key >>> shift);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        counts[slot]++;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    int get(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key >>> shift);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return counts[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    void forEachKey(LongConsumer action) {
        for (long key : keys) {
            if (key != EMPTY) {
                action.accept(key);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        allocate(Integer.numberOfTrailingZeros(oldKeys.length) + 1);
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int mask = keys.length - 1;
                int slot = (int) (oldKeys[k] >>> shift);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[k];
                counts[slot] = oldCounts[k];
                size++;
            }
        }
    }
}
