package kz.koshi.identity.engine;

import java.util.List;
import java.util.Optional;

import kz.koshi.identity.engine.cluster.Clusterer;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.train.ModelTrainer;

/** The result of a batch run: a cluster per record, the pairs kept for linking or review, the model used. */
public final class Linkage {

    private final List<NormalisedRecord> records;
    private final int[] clusters;
    private final List<Clusterer.Link> pairs;
    private final Scorer scorer;
    private final Optional<ModelTrainer.Result> training;
    private final long candidatePairs;

    Linkage(List<NormalisedRecord> records, int[] clusters, List<Clusterer.Link> pairs, Scorer scorer,
            Optional<ModelTrainer.Result> training, long candidatePairs) {
        this.records = records;
        this.clusters = clusters;
        this.pairs = pairs;
        this.scorer = scorer;
        this.training = training;
        this.candidatePairs = candidatePairs;
    }

    public int size() {
        return records.size();
    }

    public String recordId(int index) {
        return records.get(index).recordId();
    }

    /** Cluster id of the record at {@code index}: the id of the cluster's first record in input order. */
    public String clusterId(int index) {
        return records.get(clusters[index]).recordId();
    }

    /** Pairs at or above the review threshold; LINK only when the clustering kept them together. */
    public List<ScoredPair> scoredPairs() {
        MatchModel model = scorer.model();
        return pairs.stream().map(l -> {
            double p = MatchModel.probability(l.weight());
            Decision d = model.decide(p) == Decision.LINK && clusters[l.i()] != clusters[l.j()] ? Decision.REVIEW
                    : model.decide(p);
            return new ScoredPair(recordId(l.i()), recordId(l.j()), l.weight(), p, d);
        }).toList();
    }

    /** Per-field explanation of the pair of records at these indexes. */
    public List<FieldContribution> explain(int a, int b) {
        return scorer.explain(records.get(a), records.get(b));
    }

    /** The model the scores came from (trained on this batch, or the one given). */
    public MatchModel model() {
        return scorer.model();
    }

    public Optional<ModelTrainer.Result> training() {
        return training;
    }

    public long candidatePairs() {
        return candidatePairs;
    }
}
