package kz.koshi.reporting.open.suppression;

import java.util.BitSet;

/**
 * The attacker's best bounds on one hidden count: the smallest and largest value it can take by linear programming
 * over every sum, every shown count and counts being at least 0 (the standard audit of a suppression pattern).
 */
public final class Attack {

    private Attack() {
    }

    public static Interval bounds(int target, Counts counts, BitSet hidden) {
        Component component = Component.of(target, counts, hidden);
        int[] column = columns(component.hidden(), counts.size());
        int width = component.hidden().cardinality();
        double[][] rows = new double[component.sums().size()][];
        double[] constants = new double[rows.length];
        int r = 0;
        for (Sum sum : component.sums()) {
            rows[r] = new double[width];
            constants[r++] = constraint(sum, counts, hidden, column, rows[r - 1]);
        }
        double[] objective = new double[width];
        objective[column[target]] = 1;
        return Interval.of(Simplex.minimum(rows, constants, objective), Simplex.maximum(rows, constants, objective));
    }

    private static int[] columns(BitSet members, int size) {
        int[] column = new int[size];
        int next = 0;
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            column[i] = next++;
        }
        return column;
    }

    /** parts - whole = 0 as a row over the hidden counts, every shown count moved to the constant (answered). */
    private static double constraint(Sum sum, Counts counts, BitSet hidden, int[] column, double[] row) {
        double constant = 0;
        for (int part : sum.parts()) {
            if (hidden.get(part)) {
                row[column[part]] += 1;
            } else {
                constant -= counts.value(part);
            }
        }
        if (hidden.get(sum.whole())) {
            row[column[sum.whole()]] -= 1;
        } else {
            constant += counts.value(sum.whole());
        }
        return constant;
    }
}
