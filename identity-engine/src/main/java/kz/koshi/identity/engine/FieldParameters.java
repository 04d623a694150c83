package kz.koshi.identity.engine;

import java.util.Arrays;

/**
 * Fellegi-Sunter parameters of one field: m[level] = P(level | same person), u[level] = P(level |
 * different persons). Index 0 (missing) is unused and weighs 0.
 */
public record FieldParameters(Field field, double[] m, double[] u) {

    /** Below this a probability would give an infinite weight; EM can drive rare levels to zero. */
    static final double FLOOR = 1e-7;

    public FieldParameters {
        if (m.length != field.levelCount() || u.length != field.levelCount()) {
            throw new IllegalArgumentException(field + " needs " + field.levelCount() + " levels");
        }
        m = m.clone();
        u = u.clone();
    }

    /** Match weight in bits: log2(m/u); 0 for missing. */
    public double weight(int level) {
        if (level == Field.MISSING) {
            return 0.0;
        }
        return log2(Math.max(m[level], FLOOR) / Math.max(u[level], FLOOR));
    }

    public double m(int level) {
        return m[level];
    }

    public double u(int level) {
        return u[level];
    }

    public FieldParameters withM(double[] newM) {
        return new FieldParameters(field, newM, u);
    }

    public FieldParameters withU(double[] newU) {
        return new FieldParameters(field, m, newU);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldParameters p && p.field == field && Arrays.equals(p.m, m) && Arrays.equals(p.u, u);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + Arrays.hashCode(m) * 17 + Arrays.hashCode(u);
    }

    @Override
    public String toString() {
        return field + " m=" + Arrays.toString(m) + " u=" + Arrays.toString(u);
    }
}
