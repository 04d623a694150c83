package kz.koshi.reporting.open.suppression;

import java.util.Arrays;

/** A relation every reader knows: the count {@code whole} is the sum of the counts {@code parts} (indices). */
public record Sum(int whole, int[] parts) {

    public Sum {
        parts = parts.clone();
    }

    /** Every count the sum names, the whole first. */
    int[] counts() {
        int[] all = Arrays.copyOf(new int[] {whole}, parts.length + 1);
        System.arraycopy(parts, 0, all, 1, parts.length);
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sum s && s.whole == whole && Arrays.equals(s.parts, parts);
    }

    @Override
    public int hashCode() {
        return 31 * whole + Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return whole + "=" + Arrays.toString(parts);
    }
}
