package kz.koshi.identity.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.koshi.identity.engine.block.CandidatePairs;
import kz.koshi.identity.engine.block.PairStore;
import kz.koshi.identity.engine.cluster.Clusterer;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.train.ComparisonPattern;
import kz.koshi.identity.engine.train.ModelTrainer;

/**
 * Batch identity resolution: block, compare, (train), score, cluster. With {@code train} on and enough
 * records, m/u/lambda are re-estimated from the batch itself (no labels); thresholds never change.
 */
public final class Linker {

    /** Fewer records than this give too few candidate pairs for EM: the given model is used as is. */
    public static final int MIN_RECORDS_TO_TRAIN = 1000;

    private final MatchModel model;
    private final boolean train;

    public Linker(MatchModel model, boolean train) {
        this.model = model;
        this.train = train;
    }

    /** Trains on the batch when it is large enough, starting from the shipped defaults. */
    public static Linker withDefaults() {
        return new Linker(MatchModel.defaults(), true);
    }

    public Linkage link(RecordSet set) {
        List<NormalisedRecord> records = set.records();
        Comparer comparer = new Comparer(set.normaliser().vocabulary());
        PairStore pairs = new PairStore();
        CandidatePairs.of(records).forEach((i, j) -> {
            NormalisedRecord a = records.get(i);
            NormalisedRecord b = records.get(j);
            if (!a.hasNoName() && !b.hasNoName()) {
                byte[] levels = new byte[Field.values().length];
                comparer.compare(a, b, levels);
                pairs.add(i, j, ComparisonPattern.encode(levels));
            }
        });
        Optional<ModelTrainer.Result> training = train && records.size() >= MIN_RECORDS_TO_TRAIN && pairs.size() > 0
                ? Optional.of(ModelTrainer.train(model, records, comparer, pairs)) : Optional.empty();
        MatchModel used = training.map(ModelTrainer.Result::model).orElse(model);
        Scorer scorer = new Scorer(used, comparer, set.normaliser().frequencies());
        List<Clusterer.Link> kept = keptPairs(pairs, records, scorer, used.reviewWeight());
        List<Clusterer.Link> links = kept.stream().filter(l -> l.weight() >= used.linkWeight())
                .sorted(Comparator.comparingDouble(Clusterer.Link::weight).reversed()).toList();
        int[] clusters = new Clusterer(records, scorer, used.linkWeight()).cluster(links);
        return new Linkage(records, clusters, kept, scorer, training, pairs.size());
    }

    private static List<Clusterer.Link> keptPairs(PairStore pairs, List<NormalisedRecord> records, Scorer scorer,
                                                  double minWeight) {
        List<Clusterer.Link> kept = new ArrayList<>();
        pairs.forEachChunk(c -> {
            List<Clusterer.Link> local = new ArrayList<>();
            for (int k = 0; k < c.size; k++) {
                NormalisedRecord a = records.get(c.i[k]);
                NormalisedRecord b = records.get(c.j[k]);
                double w = scorer.weightOf(ComparisonPattern.decode(c.pattern[k]), a, b);
                if (w >= minWeight) {
                    local.add(new Clusterer.Link(c.i[k], c.j[k], w));
                }
            }
            synchronized (kept) {
                kept.addAll(local);
            }
        });
        return kept;
    }
}
