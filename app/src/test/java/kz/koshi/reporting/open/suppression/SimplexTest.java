package kz.koshi.reporting.open.suppression;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simplex the engine and the attacker rely on, against brute force over small whole-number programmes. */
class SimplexTest {

    private final Random random = new Random(42);

    @Test
    void aCellOfAPairAddingUpToThirteenLiesBetweenZeroAndThirteen() {
        double[][] a = {{1, 1, 1}};
        double[] b = {13};
        assertThat(Simplex.maximum(a, b, new double[] {0, 1, 0})).isEqualTo(13.0);
        assertThat(Simplex.minimum(a, b, new double[] {0, 1, 0})).isEqualTo(0.0);
    }

    @Test
    void aCountTiedToNothingHasNoUpperBound() {
        assertThat(Simplex.maximum(new double[0][], new double[0], new double[] {1})).isInfinite();
        assertThat(Simplex.maximum(new double[][] {{1, -1}}, new double[] {2}, new double[] {1, 0})).isInfinite();
    }

    /** Random sums of 4 counts of 0-6 (redundant rows and negative coefficients included): LP bounds = brute force. */
    @RepeatedTest(200)
    void boundsMatchTheWholeNumberSolutionsOfATotallyUnimodularSystem() {
        int[] truth = new int[4];
        for (int i = 0; i < 4; i++) {
            truth[i] = random.nextInt(7);
        }
        // Interval matrices (consecutive ones) are totally unimodular: LP and whole-number bounds agree.
        int rows = 1 + random.nextInt(3);
        double[][] a = new double[rows][4];
        double[] b = new double[rows];
        for (int r = 0; r < rows; r++) {
            int from = random.nextInt(4);
            int to = from + random.nextInt(4 - from);
            for (int j = from; j <= to; j++) {
                a[r][j] = 1;
                b[r] += truth[j];
            }
        }
        int target = random.nextInt(4);
        double[] c = new double[4];
        c[target] = 1;
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        boolean bounded = true;
        for (int x = 0; x < 7 * 7 * 7 * 7; x++) {
            int[] v = {x % 7, x / 7 % 7, x / 49 % 7, x / 343};
            if (satisfies(a, b, v)) {
                low = Math.min(low, v[target]);
                high = Math.max(high, v[target]);
            }
        }
        boolean free = java.util.Arrays.stream(a).allMatch(row -> row[target] == 0);
        assertThat(Simplex.minimum(a, b, c)).isEqualTo((double) low, org.assertj.core.data.Offset.offset(1e-9));
        if (free) {
            assertThat(Simplex.maximum(a, b, c)).isInfinite();
        } else {
            assertThat(Simplex.maximum(a, b, c)).isEqualTo((double) high, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    private static boolean satisfies(double[][] a, double[] b, int[] v) {
        for (int r = 0; r < a.length; r++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a[r][j] * v[j];
            }
            if (sum != b[r]) {
                return false;
            }
        }
        return true;
    }
}
