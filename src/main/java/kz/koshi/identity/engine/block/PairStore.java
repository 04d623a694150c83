package kz.koshi.identity.engine.block;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Candidate pairs with their comparison patterns, 16 bytes each, filled by several threads (one chunk
 * per thread at a time, no locking on the hot path). Comparing once and keeping the pattern lets EM
 * and scoring reuse the comparison.
 */
public final class PairStore {

    private static final int CHUNK = 1 << 18;

    private final List<Chunk> chunks = new ArrayList<>();
    private final ThreadLocal<Chunk> current = new ThreadLocal<>();

    public void add(int i, int j, long pattern) {
        Chunk c = current.get();
        if (c == null || c.size == CHUNK) {
            c = new Chunk();
            synchronized (chunks) {
                chunks.add(c);
            }
            current.set(c);
        }
        c.i[c.size] = i;
        c.j[c.size] = j;
        c.pattern[c.size] = pattern;
        c.size++;
    }

    public long size() {
        return chunks.stream().mapToLong(c -> c.size).sum();
    }

    /** Visits chunks (possibly in parallel); a chunk must not be modified while visited. */
    public List<Chunk> chunks() {
        return chunks;
    }

    public void forEachChunk(Consumer<Chunk> action) {
        chunks.parallelStream().forEach(action);
    }

    public static final class Chunk {
        public final int[] i = new int[CHUNK];
        public final int[] j = new int[CHUNK];
        public final long[] pattern = new long[CHUNK];
        public int size;
    }
}
