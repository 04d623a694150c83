package kz.koshi.identity.engine.train;

import java.util.Map;

import kz.koshi.identity.engine.Field;

/**
 * Unsupervised estimation of m (and of the share of matches among blocked pairs) by EM over comparison
 * patterns of candidate pairs, with the two-class Fellegi-Sunter mixture and conditional independence.
 * The u estimated here is the u <i>within blocks</i>, biased by the blocking keys; callers keep only m
 * and take u from {@link RandomPairs}, the split Splink uses too.
 */
public final class ExpectationMaximisation {

    static final int MAX_ITERATIONS = 200;
    static final double TOLERANCE = 1e-6;
    private static final Field[] FIELDS = Field.values();

    private final double[][] m;
    private final double[][] u;
    private double lambda;
    private int iterations;

    /** Starts from given m, u (e.g. hand-set defaults and random-pair u) and a match share. */
    public ExpectationMaximisation(double[][] m, double[][] u, double lambda) {
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.lambda = lambda;
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
                    int level = ComparisonPattern.level(code, f);
                    pm *= m[f][level];
                    pu *= u[f][level];
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
                change = Math.max(change, update(m[field.ordinal()], mCounts[field.ordinal()], field.levelCount()));
                update(u[field.ordinal()], uCounts[field.ordinal()], field.levelCount());
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

    public double[][] u() {
        return deepCopy(u);
    }

    /** Share of matches among the pairs EM saw. */
    public double lambda() {
        return lambda;
    }

    private static double update(double[] p, double[] counts, int levels) {
        double total = 0;
        for (int l = 1; l < levels; l++) {
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
