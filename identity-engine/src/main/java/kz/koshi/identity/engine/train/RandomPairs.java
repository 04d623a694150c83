package kz.koshi.identity.engine.train;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * Estimates u (level probabilities among different persons) from uniformly random pairs, as Splink
 * does: almost every random pair is two different people, so no labels are needed. Counts are smoothed
 * (+0.5) so a level never seen at random (exact document number) gets a small but finite u.
 */
public final class RandomPairs {

    private RandomPairs() {
    }

    /** u[field][level] normalised over the non-missing levels; u[f][0] = 1. */
    public static double[][] estimateU(List<NormalisedRecord> records, Comparer comparer, int pairs, long seed) {
        Field[] fields = Field.values();
        int n = records.size();
        long[][] counts = IntStream.range(0, 2).parallel().mapToObj(part -> {
            long[][] c = new long[fields.length][16];
            SplittableRandom random = new SplittableRandom(seed + part);
            byte[] levels = new byte[fields.length];
            for (int k = 0; k < pairs / 2; k++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                comparer.compare(records.get(i), records.get(j >= i ? j + 1 : j), levels);
                for (int f = 0; f < fields.length; f++) {
                    c[f][levels[f]]++;
                }
            }
            return c;
        }).reduce(RandomPairs::add).orElseThrow();
        double[][] u = new double[fields.length][];
        for (Field field : fields) {
            u[field.ordinal()] = normalise(counts[field.ordinal()], field.levelCount(), 0.5);
        }
        return u;
    }

    static double[] normalise(long[] counts, int levels, double smoothing) {
        double total = 0;
        for (int l = 1; l < levels; l++) {
            total += counts[l] + smoothing;
        }
        double[] p = new double[levels];
        p[0] = 1.0;
        for (int l = 1; l < levels; l++) {
            p[l] = (counts[l] + smoothing) / total;
        }
        return p;
    }

    private static long[][] add(long[][] a, long[][] b) {
        for (int f = 0; f < a.length; f++) {
            for (int l = 0; l < a[f].length; l++) {
                a[f][l] += b[f][l];
            }
        }
        return a;
    }
}
