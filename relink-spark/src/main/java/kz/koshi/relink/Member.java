package kz.koshi.relink;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import kz.koshi.identity.engine.block.BlockingPass;
import kz.koshi.identity.engine.block.CandidatePairs;
import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * A record as the blocking sees it: its place in the batch, its key in every pass and the passes whose block
 * holding it was too large to compare all-to-all ({@code capped}, one bit per pass).
 */
record Member(long index, NormalisedRecord record, long[] keys, int capped) implements Serializable {

    static final List<BlockingPass> PASSES = BlockingPass.LINKING;

    static long[] keysOf(NormalisedRecord r) {
        long[] keys = new long[PASSES.size()];
        for (int p = 0; p < keys.length; p++) {
            keys[p] = PASSES.get(p).keyOf(r);
        }
        return keys;
    }

    /** The block a key names in a batch of {@code size} records: the pass, and the bits of the key that name it. */
    static BlockId block(int pass, long key, long size) {
        return new BlockId(pass, CandidatePairs.blockOf(key, size));
    }

    static Member of(long index, NormalisedRecord r, long size, Set<BlockId> oversized) {
        long[] keys = keysOf(r);
        int capped = 0;
        for (int p = 0; p < keys.length; p++) {
            if (keys[p] != 0 && oversized.contains(block(p, keys[p], size))) {
                capped |= 1 << p;
            }
        }
        return new Member(index, r, keys, capped);
    }

    boolean cappedIn(int pass) {
        return (capped & 1 << pass) != 0;
    }

    /** A block of one pass. */
    record BlockId(int pass, long bits) implements Serializable {
    }
}
