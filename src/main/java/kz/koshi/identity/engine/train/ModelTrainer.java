package kz.koshi.identity.engine.train;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.FieldParameters;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.block.PairStore;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * Trains a model on a batch without labels: u from random pairs, m and the match share by EM on the
 * candidate pairs, lambda scaled from the candidate pairs to all pairs. Thresholds are carried over
 * unchanged: they are configuration, not something fitted.
 */
public final class ModelTrainer {

    private static final long SEED = 20240601L;

    private ModelTrainer() {
    }

    public static Result train(MatchModel start, List<NormalisedRecord> records, Comparer comparer, PairStore pairs) {
        int n = records.size();
        int randomPairs = (int) Math.min(2_000_000L, Math.max(200_000L, 20L * n));
        double[][] u = RandomPairs.estimateU(records, comparer, randomPairs, SEED);
        Map<Long, Long> patterns = patterns(pairs);
        Field[] fields = Field.values();
        double[][] m = new double[fields.length][];
        for (Field field : fields) {
            m[field.ordinal()] = start.parameters(field).m().clone();
        }
        ExpectationMaximisation em = new ExpectationMaximisation(m, u, 0.1);
        int iterations = em.fit(patterns);
        double allPairs = (double) n * (n - 1) / 2;
        double lambda = Math.min(0.5, Math.max(1e-12, em.lambda() * pairs.size() / allPairs));
        Map<Field, FieldParameters> trained = new EnumMap<>(Field.class);
        double[][] fittedM = em.m();
        for (Field field : fields) {
            trained.put(field, new FieldParameters(field, fittedM[field.ordinal()], u[field.ordinal()]));
        }
        MatchModel model = new MatchModel(lambda, start.linkThreshold(), start.reviewThreshold(), trained);
        return new Result(model, iterations, patterns.size(), em.lambda());
    }

    private static Map<Long, Long> patterns(PairStore pairs) {
        Map<Long, Long> counts = new HashMap<>();
        for (PairStore.Chunk c : pairs.chunks()) {
            for (int k = 0; k < c.size; k++) {
                counts.merge(c.pattern[k], 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The trained model and what EM did, for the run report. */
    public record Result(MatchModel model, int iterations, int distinctPatterns, double matchShareInBlocks) {
    }
}
