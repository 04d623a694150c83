package kz.koshi.reporting.open.suppression;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which shown count to hide next for an unprotected hidden count: first in a sum that pins a single hidden count
 * (that sum gives it away exactly), then in the sums naming the count itself, then anywhere in its component. Parts
 * before totals; for a count whose upper bound is too low, the smallest count large enough to lift it to 5 (else the
 * largest); for a lower bound above 0, the smallest count. Ties go to the lower index, so the pattern is deterministic.
 */
final class Complements {

    private Complements() {
    }

    /** The count to hide, or -1 when no shown count is tied to the component at all. */
    static int next(int target, Interval bounds, Counts counts, BitSet hidden) {
        Set<Sum> sums = Component.of(target, counts, hidden).sums();
        List<Sum> pinning = sums.stream().filter(s -> hiddenIn(s, hidden) == 1).toList();
        for (List<Sum> round : List.of(pinning, counts.sumsOf(target), List.copyOf(sums))) {
            int chosen = best(round, target, bounds, counts, hidden);
            if (chosen >= 0) {
                return chosen;
            }
        }
        return -1;
    }

    private static long hiddenIn(Sum sum, BitSet hidden) {
        return IntStream.of(sum.counts()).filter(hidden::get).count();
    }

    private static int best(List<Sum> sums, int target, Interval bounds, Counts counts, BitSet hidden) {
        long lift = ProtectionRule.THRESHOLD - Math.min(bounds.high(), ProtectionRule.THRESHOLD);
        Comparator<Integer> order = Comparator.comparing(counts::total);
        if (lift > 0) {
            order = order.thenComparing(c -> counts.value(c) < lift)
                    .thenComparingLong(c -> counts.value(c) < lift ? -counts.value(c) : counts.value(c));
        } else {
            order = order.thenComparingLong(counts::value);
        }
        return sums.stream().flatMapToInt(s -> IntStream.of(s.counts())).filter(c -> !hidden.get(c) && c != target)
                .boxed().min(order.thenComparing(Comparator.naturalOrder())).orElse(-1);
    }
}
