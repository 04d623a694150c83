package kz.koshi.reporting.open.suppression;

import java.util.ArrayList;
import java.util.List;

/** The counts of a publication (each a whole number of at least 0) and the sums every reader knows tie them. */
public final class Counts {

    private final long[] values;
    private final List<Sum> sums;
    private final List<List<Sum>> sumsOf;

    public Counts(long[] values, List<Sum> sums) {
        this.values = values.clone();
        this.sums = List.copyOf(sums);
        this.sumsOf = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            sumsOf.add(new ArrayList<>());
        }
        for (Sum sum : this.sums) {
            for (int count : sum.counts()) {
                sumsOf.get(count).add(sum);
            }
        }
    }

    public int size() {
        return values.length;
    }

    public long value(int count) {
        return values[count];
    }

    public List<Sum> sums() {
        return sums;
    }

    /** The sums naming {@code count}, as a part or as the whole. */
    List<Sum> sumsOf(int count) {
        return sumsOf.get(count);
    }

    /** Whether {@code count} is the total of some sum (hiding a total costs the reader more than hiding a part). */
    boolean total(int count) {
        return sumsOf.get(count).stream().anyMatch(s -> s.whole() == count);
    }
}
