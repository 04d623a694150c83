package kz.koshi.reporting.open.suppression;

/**
 * The largest value of c·x subject to A·x = b and x ≥ 0, by the two-phase simplex method with Bland's rule (it
 * cannot cycle). The programmes here have coefficients 0 and ±1 and whole right-hand sides, so doubles with a small
 * tolerance are exact enough; a programme without an upper bound answers +∞.
 */
final class Simplex {

    private static final double EPSILON = 1e-9;

    private final double[][] table;
    private final int[] basis;
    private final int variables;
    private final int width;

    private Simplex(double[][] a, double[] b, int n) {
        int rows = a.length;
        variables = n;
        width = variables + rows;
        table = new double[rows + 1][width + 1];
        basis = new int[rows];
        for (int i = 0; i < rows; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < variables; j++) {
                table[i][j] = sign * a[i][j];
            }
            table[i][variables + i] = 1;
            table[i][width] = sign * b[i];
            basis[i] = variables + i;
        }
    }

    static double maximum(double[][] a, double[] b, double[] c) {
        Simplex simplex = new Simplex(a, b, c.length);
        simplex.objective(new double[simplex.width], true);
        simplex.solve(simplex.width);
        simplex.driveOutArtificials();
        simplex.objective(c, false);
        return simplex.solve(simplex.variables) ? simplex.value() : Double.POSITIVE_INFINITY;
    }

    static double minimum(double[][] a, double[] b, double[] c) {
        double[] negated = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            negated[j] = -c[j];
        }
        return -maximum(a, b, negated);
    }

    /** Sets the objective row (phase one: minus the sum of the artificial variables) in terms of the basis. */
    private void objective(double[] c, boolean phaseOne) {
        double[] row = table[basis.length];
        java.util.Arrays.fill(row, 0);
        for (int j = 0; j < width; j++) {
            row[j] = phaseOne ? (j >= variables ? 1 : 0) : (j < c.length ? -c[j] : 0);
        }
        for (int i = 0; i < basis.length; i++) {
            double factor = row[basis[i]];
            if (factor != 0) {
                for (int j = 0; j <= width; j++) {
                    row[j] -= factor * table[i][j];
                }
            }
        }
    }

    /** Pivots until optimal (true) or unbounded (false); only the first {@code allowed} columns may enter. */
    private boolean solve(int allowed) {
        while (true) {
            int entering = -1;
            for (int j = 0; j < allowed && entering < 0; j++) {
                if (table[basis.length][j] < -EPSILON) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = leaving(entering);
            if (leaving < 0) {
                return false;
            }
            pivot(leaving, entering);
        }
    }

    /** An artificial variable left in the basis (at 0) gives its row to any original variable it has. */
    private void driveOutArtificials() {
        for (int i = 0; i < basis.length; i++) {
            for (int j = 0; j < variables && basis[i] >= variables; j++) {
                if (Math.abs(table[i][j]) > EPSILON) {
                    pivot(i, j);
                }
            }
        }
    }

    private int leaving(int entering) {
        int leaving = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < basis.length; i++) {
            if (table[i][entering] > EPSILON) {
                double ratio = table[i][width] / table[i][entering];
                if (ratio < best - EPSILON || (ratio <= best + EPSILON && leaving >= 0 && basis[i] < basis[leaving])) {
                    best = Math.min(best, ratio);
                    leaving = i;
                }
            }
        }
        return leaving;
    }

    private void pivot(int row, int column) {
        double[] pivotRow = table[row];
        double pivot = pivotRow[column];
        for (int j = 0; j <= width; j++) {
            pivotRow[j] /= pivot;
        }
        for (int i = 0; i < table.length; i++) {
            double factor = table[i][column];
            if (i != row && factor != 0) {
                for (int j = 0; j <= width; j++) {
                    table[i][j] -= factor * pivotRow[j];
                }
            }
        }
        basis[row] = column;
    }

    private double value() {
        return table[basis.length][width];
    }
}
