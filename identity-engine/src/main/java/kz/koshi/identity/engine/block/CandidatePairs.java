package kz.koshi.identity.engine.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * Batch candidate generation over all {@link BlockingPass}es. Each pass sorts records by key; a block
 * up to {@code maxBlockSize} is compared all-to-all, a larger one (a common name) only within a sliding
 * window of {@code window} neighbours in the pass's order: the hard bound that keeps "Иванов Сергей"
 * from producing millions of pairs. A pair already fully compared in an earlier pass is not repeated.
 */
public final class CandidatePairs {

    private final List<NormalisedRecord> records;
    private final int maxBlockSize;
    private final int window;
    private final List<BlockingPass> passes;
    private final long[][] keys;
    private final BitSet[] capped;

    public CandidatePairs(List<NormalisedRecord> records, List<BlockingPass> passes, int maxBlockSize, int window) {
        this.records = records;
        this.passes = passes;
        this.maxBlockSize = maxBlockSize;
        this.window = window;
        this.keys = new long[passes.size()][];
        this.capped = new BitSet[passes.size()];
    }

    /** Default bound of a block compared all-to-all (2,016 pairs). */
    public static final int MAX_BLOCK = 64;
    /** Default sliding window in an oversized block: 12 neighbours on each side. */
    public static final int WINDOW = 12;

    /** Default bounds: blocks of up to 64 all-to-all (2,016 pairs), else 24 neighbours each. */
    public static CandidatePairs of(List<NormalisedRecord> records) {
        return new CandidatePairs(records, BlockingPass.LINKING, MAX_BLOCK, WINDOW);
    }

    /** Enumerates every candidate pair once per pass that first proposes it. */
    public void forEach(PairSink sink) {
        for (int p = 0; p < passes.size(); p++) {
            int pass = p;
            BlockingPass blocking = passes.get(p);
            long[] k = new long[records.size()];
            IntStream.range(0, k.length).parallel().forEach(i -> k[i] = blocking.key(records.get(i)));
            keys[p] = k;
            capped[p] = new BitSet(k.length);
            int[] sorted = sortedByKey(k);
            List<int[]> runs = runs(sorted, k);
            runs.parallelStream().forEach(run -> block(pass, Arrays.copyOfRange(sorted, run[0], run[1]), sink));
        }
    }

    private void block(int pass, int[] members, PairSink sink) {
        if (members.length <= Math.min(maxBlockSize, passes.get(pass).maxBlock())) {
            for (int x = 0; x < members.length; x++) {
                for (int y = x + 1; y < members.length; y++) {
                    emit(pass, members[x], members[y], sink);
                }
            }
            return;
        }
        BlockingPass blocking = passes.get(pass);
        synchronized (capped[pass]) {
            for (int m : members) {
                capped[pass].set(m);
            }
        }
        int[] ordered = IntStream.of(members).boxed()
                .sorted((a, b) -> Long.compare(blocking.order(records.get(a)), blocking.order(records.get(b))))
                .mapToInt(Integer::intValue).toArray();
        for (int x = 0; x < ordered.length; x++) {
            for (int y = x + 1; y <= x + window && y < ordered.length; y++) {
                emit(pass, ordered[x], ordered[y], sink);
            }
        }
    }

    private void emit(int pass, int i, int j, PairSink sink) {
        for (int q = 0; q < pass; q++) {
            long key = keys[q][i];
            if (key != 0 && key == keys[q][j] && !capped[q].get(i)) {
                return; // an earlier pass compared this pair all-to-all
            }
        }
        sink.accept(Math.min(i, j), Math.max(i, j));
    }

    /**
     * The part of a pass key that names its block in a batch of {@code size} records: the sort packs the record
     * index into the low {@link #indexBits} bits, so keys that differ only there share a block (a distributed run
     * must group by exactly this to give the same pairs).
     */
    public static long blockOf(long key, long size) {
        return key & ~((1L << indexBits(size)) - 1);
    }

    /** Low key bits given over to the record index in the sort: as many as the largest index needs. */
    static int indexBits(long size) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, (int) size));
    }

    /** Indexes with a non-zero key, sorted by key (primitive sort on key bits + index). */
    private static int[] sortedByKey(long[] k) {
        long mask = (1L << indexBits(k.length)) - 1;
        long[] packed = IntStream.range(0, k.length).filter(i -> k[i] != 0)
                .mapToLong(i -> (k[i] & ~mask) | i).toArray();
        Arrays.parallelSort(packed);
        return Arrays.stream(packed).mapToInt(v -> (int) (v & mask)).toArray();
    }

    /** [from, to) ranges of equal keys with at least two members. */
    private static List<int[]> runs(int[] sorted, long[] k) {
        long high = ~((1L << indexBits(k.length)) - 1);
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || (k[sorted[i]] & high) != (k[sorted[start]] & high)) {
                if (i - start > 1) {
                    runs.add(new int[] {start, i});
                }
                start = i;
            }
        }
        return runs;
    }
}
