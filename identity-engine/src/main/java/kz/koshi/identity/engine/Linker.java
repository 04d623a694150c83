package kz.koshi.identity.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import kz.koshi.identity.engine.block.CandidatePairs;
import kz.koshi.identity.engine.cluster.Clusterer;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.train.ComparisonPattern;
import kz.koshi.identity.engine.train.ModelTrainer;
import kz.koshi.identity.engine.train.PatternCounts;

/**
 * Batch identity resolution: block, (train), compare and score, cluster. With {@code train} on and
 * enough records, m/u/lambda are re-estimated from the batch itself (no labels); thresholds never
 * change. Candidate pairs are streamed, never stored: a training pass counts the patterns of a sample,
 * the scoring pass keeps only pairs at or above the review threshold.
 */
public final class Linker {

    /** Fewer records than this give too few candidate pairs for EM: the given model is used as is. */
    public static final int MIN_RECORDS_TO_TRAIN = 1000;
    /** Candidate pairs sampled for the match-share estimate: plenty for a share, cheap at any size. */
    private static final long TRAINING_SAMPLE = 2_000_000;

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
        CandidatePairs candidates = CandidatePairs.of(records);
        Optional<ModelTrainer.Result> training = Optional.empty();
        if (train && records.size() >= MIN_RECORDS_TO_TRAIN) {
            training = Optional.of(trainOnSample(records, comparer, candidates));
        }
        MatchModel used = training.map(ModelTrainer.Result::model).orElse(model);
        Scorer scorer = new Scorer(used, comparer, set.normaliser().frequencies());
        LongAdder count = new LongAdder();
        List<Clusterer.Link> kept = scoredPairs(records, scorer, candidates, used.reviewWeight(), count);
        List<Clusterer.Link> links = kept.stream().filter(l -> l.weight() >= used.linkWeight())
                .sorted(Comparator.comparingDouble(Clusterer.Link::weight).reversed()).toList();
        int[] clusters = new Clusterer(records, scorer, used.linkWeight()).cluster(links);
        return new Linkage(records, clusters, kept, scorer, training, count.sum());
    }

    private ModelTrainer.Result trainOnSample(List<NormalisedRecord> records, Comparer comparer,
                                              CandidatePairs candidates) {
        long expected = 30L * records.size(); // typical candidates per record; only sets the sampling rate
        long sample = Math.max(1, expected / TRAINING_SAMPLE);
        PatternCounts patterns = new PatternCounts();
        LongAdder count = new LongAdder();
        candidates.forEach((i, j) -> {
            NormalisedRecord a = records.get(i);
            NormalisedRecord b = records.get(j);
            if (a.hasNoName() || b.hasNoName()) {
                return;
            }
            count.increment();
            if ((i * 0x9E3779B97F4A7C15L + j) % sample == 0) {
                byte[] levels = new byte[Field.values().length];
                comparer.compare(a, b, levels);
                patterns.add(ComparisonPattern.encode(levels));
            }
        });
        Map<Long, Long> counts = patterns.merged();
        return ModelTrainer.train(model, records, comparer, counts, count.sum());
    }

    private static List<Clusterer.Link> scoredPairs(List<NormalisedRecord> records, Scorer scorer,
                                                    CandidatePairs candidates, double minWeight, LongAdder count) {
        List<List<Clusterer.Link>> perThread = new ArrayList<>();
        ThreadLocal<List<Clusterer.Link>> local = ThreadLocal.withInitial(() -> {
            List<Clusterer.Link> list = new ArrayList<>();
            synchronized (perThread) {
                perThread.add(list);
            }
            return list;
        });
        ThreadLocal<byte[]> levels = ThreadLocal.withInitial(() -> new byte[Field.values().length]);
        candidates.forEach((i, j) -> {
            NormalisedRecord a = records.get(i);
            NormalisedRecord b = records.get(j);
            if (a.hasNoName() || b.hasNoName()) {
                return;
            }
            count.increment();
            double w = scorer.weight(a, b, levels.get());
            if (w >= minWeight) {
                local.get().add(new Clusterer.Link(i, j, w));
            }
        });
        List<Clusterer.Link> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        return all;
    }
}
