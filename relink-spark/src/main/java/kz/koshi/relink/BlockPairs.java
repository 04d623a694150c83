package kz.koshi.relink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.util.LongAccumulator;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.block.BlockingPass;
import kz.koshi.identity.engine.block.CandidatePairs;
import kz.koshi.identity.engine.cluster.Clusterer;
import kz.koshi.identity.engine.compare.Scorer;

/**
 * The candidate pairs of one block, by the rules of {@link CandidatePairs}: a block up to the pass's bound is
 * compared all-to-all, a larger one within a sliding window in the pass's order; a pair an earlier pass compared
 * all-to-all is not repeated. Each pair is scored where the block is; pairs at or above the review weight are kept.
 */
final class BlockPairs {

    private BlockPairs() {
    }

    static List<ScoredLink> of(int pass, List<Member> members, Scorer scorer, LongAccumulator candidates) {
        List<ScoredLink> kept = new ArrayList<>();
        if (members.size() < 2) {
            return kept;
        }
        BlockingPass blocking = Member.PASSES.get(pass);
        members.sort(Comparator.comparingLong(Member::index));
        byte[] levels = new byte[Field.values().length];
        double review = scorer.model().reviewWeight();
        if (members.size() <= blocking.fullBlockLimit(CandidatePairs.MAX_BLOCK)) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    emit(pass, members.get(x), members.get(y), scorer, levels, review, candidates, kept);
                }
            }
            return kept;
        }
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparingLong(m -> blocking.orderOf(m.record())));
        for (int x = 0; x < ordered.size(); x++) {
            for (int y = x + 1; y <= x + CandidatePairs.WINDOW && y < ordered.size(); y++) {
                emit(pass, ordered.get(x), ordered.get(y), scorer, levels, review, candidates, kept);
            }
        }
        return kept;
    }

    private static void emit(int pass, Member a, Member b, Scorer scorer, byte[] levels, double review,
                             LongAccumulator candidates, List<ScoredLink> kept) {
        for (int q = 0; q < pass; q++) {
            long key = a.keys()[q];
            if (key != 0 && key == b.keys()[q] && !a.cappedIn(q)) {
                return; // an earlier pass compared this pair all-to-all
            }
        }
        Member low = a.index() < b.index() ? a : b;
        Member high = low == a ? b : a;
        if (low.record().hasNoName() || high.record().hasNoName()) {
            return;
        }
        candidates.add(1);
        double w = scorer.weight(low.record(), high.record(), levels);
        if (w >= review) {
            kept.add(new ScoredLink(low.index(), high.index(), w));
        }
    }

    /** A scored pair of records by their places in the batch. */
    record ScoredLink(long i, long j, double weight) implements java.io.Serializable {

        Clusterer.Link local(int li, int lj) {
            return new Clusterer.Link(li, lj, weight);
        }
    }
}
