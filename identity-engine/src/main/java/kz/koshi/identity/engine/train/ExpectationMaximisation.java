package kz.koshi.identity.engine.train;

import java.util.Map;

import kz.koshi.identity.engine.Field;

/**
 * Unsupervised estimation by EM over comparison patterns of candidate pairs (two-class Fellegi-Sunter
 * mixture, conditional independence). As in Splink, the fields a training block was keyed on are left
 * out of the likelihood (their agreement in that block says nothing about matching). Unlike Splink's
 * default, u is re-estimated inside the block and thrown away afterwards (final u comes from random
 * pairs): in a block of namesakes, sex and citizenship agree far more often than among random pairs
 * (both follow from the name), and a u held at the random value makes EM call every namesake a match.
 * With {@code fixM} only the match share (and in-block u) is fitted.
 *
 * <p>m is estimated as a posterior mode with a Dirichlet prior centred on the starting m worth
 * {@link #PRIOR_PAIRS} matched pairs. With plenty of data it is negligible; when a session is left with
 * too few fields to identify the mixture (names + birth date data in a names block), the likelihood is
 * flat along a ridge and the prior, not chance, decides where EM stops.
 */
public final class ExpectationMaximisation {

    static final int MAX_ITERATIONS = 200;
    static final double TOLERANCE = 1e-6;
    static final double PRIOR_PAIRS = 200;
    private static final Field[] FIELDS = Field.values();

    private final double[][] m;
    private final double[][] prior;
    private final double[][] uPrior;
    private final double[][] u;
    private final boolean[] excluded = new boolean[FIELDS.length];
    private final boolean fixM;
    private double lambda;
    private int iterations;

    /** Starts from given m, u (e.g. hand-set defaults and random-pair u) and a match share. */
    public ExpectationMaximisation(double[][] m, double[][] u, double lambda, java.util.Set<Field> excludedFields,
                                   boolean fixM) {
        this.m = deepCopy(m);
        this.prior = deepCopy(m);
        this.uPrior = deepCopy(u);
        this.u = deepCopy(u);
        this.lambda = lambda;
        this.fixM = fixM;
        excludedFields.forEach(f -> excluded[f.ordinal()] = true);
    }

    /** Runs to convergence on pattern -> count; returns the number of iterations used. */
    public int fit(Map<Long, Long> patterns) {
        for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
            double[][] mCounts = new double[FIELDS.length][16];
            double[][] uCounts = new double[FIELDS.length][16];
            double matches = 0;
            double total = 0;
            for (var entry : patterns.entrySet()) {
                long code = entry.getKey();
                double count = entry.getValue();
                double pm = lambda;
                double pu = 1 - lambda;
                for (int f = 0; f < FIELDS.length; f++) {
                    if (!excluded[f]) {
                        int level = ComparisonPattern.level(code, f);
                        pm *= m[f][level];
                        pu *= u[f][level];
                    }
                }
                double w = pm / (pm + pu);
                matches += count * w;
                total += count;
                for (int f = 0; f < FIELDS.length; f++) {
                    int level = ComparisonPattern.level(code, f);
                    mCounts[f][level] += count * w;
                    uCounts[f][level] += count * (1 - w);
                }
            }
            double change = Math.abs(lambda - matches / total);
            lambda = matches / total;
            for (Field field : FIELDS) {
                if (!excluded[field.ordinal()]) {
                    if (!fixM) {
                        change = Math.max(change, update(m[field.ordinal()], mCounts[field.ordinal()],
                                prior[field.ordinal()], field.levelCount()));
                    }
                    change = Math.max(change, update(u[field.ordinal()], uCounts[field.ordinal()],
                            uPrior[field.ordinal()], field.levelCount()));
                }
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return Math.min(iterations, MAX_ITERATIONS);
    }

    public double[][] m() {
        return deepCopy(m);
    }

    /** Share of matches among the pairs EM saw. */
    public double lambda() {
        return lambda;
    }

    private static double update(double[] p, double[] counts, double[] prior, int levels) {
        double total = 0;
        for (int l = 1; l < levels; l++) {
            counts[l] += PRIOR_PAIRS * prior[l];
            total += counts[l];
        }
        double change = 0;
        for (int l = 1; l < levels; l++) {
            double next = total == 0 ? p[l] : Math.max(counts[l] / total, 1e-7);
            change = Math.max(change, Math.abs(next - p[l]));
            p[l] = next;
        }
        return change;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
