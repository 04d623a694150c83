package kz.koshi.identity.engine.train;

import kz.koshi.identity.engine.Field;

/**
 * A comparison vector packed in a long, 4 bits per field. Millions of pairs collapse into a few
 * thousand distinct patterns, so EM iterates over patterns with counts instead of over pairs.
 */
public final class ComparisonPattern {

    private static final int BITS = 4;

    private ComparisonPattern() {
    }

    public static long encode(byte[] levels) {
        long code = 0;
        for (int f = 0; f < levels.length; f++) {
            code |= (long) levels[f] << (BITS * f);
        }
        return code;
    }

    public static int level(long code, int field) {
        return (int) (code >>> (BITS * field)) & ((1 << BITS) - 1);
    }

    public static byte[] decode(long code) {
        byte[] levels = new byte[Field.values().length];
        for (int f = 0; f < levels.length; f++) {
            levels[f] = (byte) level(code, f);
        }
        return levels;
    }
}
