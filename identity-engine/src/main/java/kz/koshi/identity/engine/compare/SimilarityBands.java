package kz.koshi.identity.engine.compare;

import java.util.concurrent.atomic.AtomicLongArray;

import kz.koshi.identity.engine.normal.Vocabulary;

/**
 * Jaro-Winkler between two vocabulary strings, as the band the name levels use (at least 0.94, at least 0.88,
 * below), remembered per pair of vocabulary ids. Names repeat (a block of Ахметовы compares the same given
 * names again and again), so most comparisons are answered from memory. The memory is a fixed table: a pair
 * and its band are one 64-bit slot, written and read atomically, so threads share it without locks; a pair
 * that lands on a taken slot replaces it and is computed again next time.
 */
final class SimilarityBands {

    static final int BELOW = 0;
    static final int AT_88 = 1;
    static final int AT_94 = 2;

    private static final int ID_BITS = 28;
    private static final int SLOT_BITS = 19; // 512 Ki slots, 4 MiB

    private final Vocabulary vocabulary;
    private final AtomicLongArray slots = new AtomicLongArray(1 << SLOT_BITS);

    SimilarityBands(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    int band(int a, int b) {
        if ((a | b) >>> ID_BITS != 0) {
            return compute(a, b);
        }
        long tag = ((long) a << ID_BITS | b) + 1;
        int slot = (int) (tag * 0x9E3779B97F4A7C15L >>> (64 - SLOT_BITS));
        long entry = slots.getOpaque(slot);
        if (entry >>> 2 == tag) {
            return (int) (entry & 3);
        }
        int band = compute(a, b);
        slots.setOpaque(slot, tag << 2 | band);
        return band;
    }

    private int compute(int a, int b) {
        double jw = JaroWinkler.similarity(vocabulary.string(a), vocabulary.string(b));
        return jw >= 0.94 ? AT_94 : jw >= 0.88 ? AT_88 : BELOW;
    }
}
