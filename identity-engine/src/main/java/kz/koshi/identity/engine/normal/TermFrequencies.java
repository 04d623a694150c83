package kz.koshi.identity.engine.normal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import kz.koshi.identity.engine.Field;

/** How many records carry each value of a frequency-adjusted field: Ахметов is common, Юсупов less so. */
public final class TermFrequencies {

    private final Map<Field, int[]> counts = new EnumMap<>(Field.class);
    private final Map<Field, long[]> totals = new EnumMap<>(Field.class);

    public TermFrequencies() {
        for (Field field : Field.values()) {
            if (field.termFrequencyAdjusted()) {
                counts.put(field, new int[64]);
                totals.put(field, new long[1]);
            }
        }
    }

    public void add(Field field, int valueId) {
        add(field, valueId, 1);
    }

    /** Counts {@code times} records with this value at once (counts summed elsewhere, as on Spark). */
    public void add(Field field, int valueId, int times) {
        if (valueId == 0) {
            return;
        }
        int[] c = counts.get(field);
        if (valueId >= c.length) {
            c = Arrays.copyOf(c, Math.max(valueId + 1, c.length * 2));
            counts.put(field, c);
        }
        c[valueId] += times;
        totals.get(field)[0] += times;
    }

    public int count(Field field, int valueId) {
        int[] c = counts.get(field);
        return valueId > 0 && valueId < c.length ? c[valueId] : 0;
    }

    /** Records with a value in this field; frequencies are relative to it. */
    public long total(Field field) {
        return totals.get(field)[0];
    }
}
