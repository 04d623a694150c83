package kz.koshi.identity.engine.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.FieldParameters;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.block.BlockingPass;
import kz.koshi.identity.engine.block.CandidatePairs;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * Trains a model on a batch without labels, as Splink does: u from random pairs; m by EM in three
 * sessions (pairs sharing both names -> learns dates, addresses, ids; pairs sharing a birth date ->
 * learns names; as a fallback for names-and-dates-only data, pairs sharing surname and given initial ->
 * learns dates), each leaving out the fields its block was keyed on, averaged per field; then lambda by
 * EM over all candidate pairs with m and u fixed, scaled from candidate pairs to all pairs. Thresholds
 * are carried over unchanged: they are configuration, not something fitted.
 */
public final class ModelTrainer {

    private static final long SEED = 20240601L;
    /** Enough pairs per session for stable level shares; bigger batches are sampled. */
    private static final int SESSION_RECORDS = 200_000;
    private static final int MIN_SESSION_PAIRS = 200;
    /**
     * With u fixed, two informative fields identify the mixture; with one, EM runs to the saturated
     * answer "every pair is a match" and m becomes the raw level shares (names + date data in a names
     * block). Such a session is skipped and its fields keep their starting m.
     */
    private static final int MIN_ACTIVE_FIELDS = 2;
    private static final Field[] FIELDS = Field.values();
    /**
     * The last session is a fallback: it runs only for fields no earlier session could estimate (in
     * names-and-dates-only data the names block has just the date left). Used everywhere, it let EM
     * take "same family" (same surname, same initial) for "same person" on a 200,000-record population.
     */
    private static final List<Map.Entry<BlockingPass, Set<Field>>> SESSIONS = List.of(
            Map.entry(BlockingPass.NAMES, Set.of(Field.SURNAME, Field.GIVEN_NAME)),
            Map.entry(BlockingPass.BIRTH_DATE, Set.of(Field.BIRTH_DATE)),
            Map.entry(BlockingPass.SURNAME_GIVEN_INITIAL, Set.of(Field.SURNAME)));
    private static final int FALLBACK_SESSION = 2;

    private ModelTrainer() {
    }

    /**
     * @param candidates     comparison patterns of a uniform sample of the linking candidate pairs
     * @param candidateCount how many candidate pairs there are in all
     */
    public static Result train(MatchModel start, List<NormalisedRecord> records, Comparer comparer,
                               Map<Long, Long> candidates, long candidateCount) {
        int n = records.size();
        int randomPairs = (int) Math.min(2_000_000L, Math.max(100_000L, 10L * n));
        double[][] u = RandomPairs.estimateU(records, comparer, randomPairs, SEED);
        double[][] m0 = new double[FIELDS.length][];
        for (Field field : FIELDS) {
            m0[field.ordinal()] = start.parameters(field).m().clone();
        }
        double[][] mSum = new double[FIELDS.length][16];
        int[] sessions = new int[FIELDS.length];
        int iterations = 0;
        for (int k = 0; k < SESSIONS.size(); k++) {
            var session = SESSIONS.get(k);
            boolean fallback = k == FALLBACK_SESSION;
            if (fallback && java.util.Arrays.stream(FIELDS).noneMatch(f -> sessions[f.ordinal()] == 0
                    && f == Field.BIRTH_DATE)) {
                continue;
            }
            Map<Long, Long> patterns = sessionPatterns(session.getKey(), records, comparer);
            if (patterns.values().stream().mapToLong(Long::longValue).sum() < MIN_SESSION_PAIRS
                    || activeFields(patterns, session.getValue()) < MIN_ACTIVE_FIELDS) {
                continue;
            }
            ExpectationMaximisation em = new ExpectationMaximisation(m0, u, 0.3, session.getValue(), false);
            iterations = Math.max(iterations, em.fit(patterns));
            double[][] m = em.m();
            int[] before = sessions.clone();
            for (Field field : FIELDS) {
                if (!session.getValue().contains(field) && (!fallback || before[field.ordinal()] == 0)) {
                    sessions[field.ordinal()]++;
                    for (int l = 0; l < field.levelCount(); l++) {
                        mSum[field.ordinal()][l] += m[field.ordinal()][l];
                    }
                }
            }
        }
        double[][] m = new double[FIELDS.length][];
        for (Field field : FIELDS) {
            int f = field.ordinal();
            m[f] = sessions[f] == 0 ? m0[f] : java.util.Arrays.copyOf(mSum[f], field.levelCount());
            for (int l = 0; sessions[f] > 0 && l < field.levelCount(); l++) {
                m[f][l] /= sessions[f];
            }
        }
        ExpectationMaximisation share = new ExpectationMaximisation(m, u, 0.1, Set.of(), true);
        share.fit(candidates);
        double allPairs = (double) n * (n - 1) / 2;
        double lambda = Math.min(0.5, Math.max(1e-12, share.lambda() * candidateCount / allPairs));
        Map<Field, FieldParameters> trained = new EnumMap<>(Field.class);
        for (Field field : FIELDS) {
            trained.put(field, new FieldParameters(field, m[field.ordinal()], u[field.ordinal()]));
        }
        MatchModel model = new MatchModel(lambda, start.linkThreshold(), start.reviewThreshold(), trained);
        return new Result(model, iterations, candidates.size(), share.lambda());
    }

    /** Fields outside the session's keys that are present in at least 1% of its pairs. */
    private static long activeFields(Map<Long, Long> patterns, Set<Field> excluded) {
        long total = patterns.values().stream().mapToLong(Long::longValue).sum();
        return java.util.Arrays.stream(FIELDS).filter(f -> !excluded.contains(f)).filter(f -> {
            long present = patterns.entrySet().stream()
                    .filter(e -> ComparisonPattern.level(e.getKey(), f.ordinal()) != Field.MISSING)
                    .mapToLong(Map.Entry::getValue).sum();
            return present * 100 >= total;
        }).count();
    }

    private static Map<Long, Long> sessionPatterns(BlockingPass pass, List<NormalisedRecord> records,
                                                   Comparer comparer) {
        long sample = Math.max(1, records.size() / SESSION_RECORDS);
        PatternCounts counts = new PatternCounts();
        new CandidatePairs(records, List.of(pass), 64, 24).forEach((i, j) -> {
            if ((i * 31L + j) % sample == 0 && !records.get(i).hasNoName() && !records.get(j).hasNoName()) {
                byte[] levels = new byte[FIELDS.length];
                comparer.compare(records.get(i), records.get(j), levels);
                counts.add(ComparisonPattern.encode(levels));
            }
        });
        return counts.merged();
    }

    /** The trained model and what EM did, for the run report. */
    public record Result(MatchModel model, int iterations, int distinctPatterns, double matchShareInBlocks) {
    }
}
