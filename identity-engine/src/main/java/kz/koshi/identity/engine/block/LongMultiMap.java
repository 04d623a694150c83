package kz.koshi.identity.engine.block;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Blocking key -> record indexes for the online index, without boxing: open addressing over long keys,
 * each slot heading a linked list kept in two int arrays. About 20 bytes per entry, so a dozen passes
 * over a million records stay in a few hundred MB. Newest entries are visited first.
 */
public final class LongMultiMap {

    private long[] keys = new long[1 << 10];
    private int[] heads = new int[1 << 10];
    private int[] next = new int[1 << 10];
    private int[] values = new int[1 << 10];
    private int distinct;
    private int entries;

    public LongMultiMap() {
        Arrays.fill(heads, -1);
    }

    public void put(long key, int value) {
        if ((distinct + 1) * 2 > keys.length) {
            rehash();
        }
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        int slot = slot(key);
        if (heads[slot] == -1) {
            keys[slot] = key;
            distinct++;
        }
        values[entries] = value;
        next[entries] = heads[slot];
        heads[slot] = entries++;
    }

    /** Visits values under {@code key}, newest first, until the visitor returns false. */
    public void forEach(long key, IntPredicate visitor) {
        for (int e = heads[slot(key)]; e != -1; e = next[e]) {
            if (!visitor.test(values[e])) {
                return;
            }
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 >>> 1 & mask;
        while (heads[slot] != -1 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != -1) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
