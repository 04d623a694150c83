package kz.koshi.reporting.open.suppression;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine on tables small enough to check by hand (protection's former small-cell rules among them). */
class SuppressionTest {

    /** One breakdown: count 0 is the total, 1.. the cells. */
    private static Counts breakdown(long... cells) {
        long[] values = new long[cells.length + 1];
        values[0] = LongsSum.of(cells);
        System.arraycopy(cells, 0, values, 1, cells.length);
        return new Counts(values, List.of(new Sum(0, IntStream.rangeClosed(1, cells.length).toArray())));
    }

    @Test
    void aSingleSmallCellTakesACellLargeEnoughWithIt() {
        Counts counts = breakdown(40, 7, 2);
        BitSet hidden = Suppression.hide(counts);
        assertThat(hidden.stream().boxed().toList()).containsExactly(2, 3);
        assertThat(Attack.bounds(3, counts, hidden)).isEqualTo(new Interval(0, 9));
    }

    @Test
    void primarySuppressionAloneGivesTheSmallCellAwayThroughTheTotal() {
        Counts counts = breakdown(40, 7, 2);
        assertThat(Attack.bounds(3, counts, Suppression.primary(counts))).isEqualTo(new Interval(2, 2));
    }

    @Test
    void twoSmallCellsThatAddUpToLessThanFiveAreNotEnough() {
        Counts counts = breakdown(9, 3, 1);
        assertThat(Attack.bounds(2, counts, Suppression.primary(counts))).isEqualTo(new Interval(0, 4));
        BitSet hidden = Suppression.hide(counts);
        assertThat(hidden.get(1)).as("the 9 is hidden too").isTrue();
        assertThat(hidden.get(0)).as("the total is shown").isFalse();
        assertThat(Attack.bounds(2, counts, hidden)).isEqualTo(new Interval(0, 13));
    }

    @Test
    void zeroAndFiveAreShownAndAnEmptyBreakdownHidesNothing() {
        assertThat(Suppression.hide(breakdown(9, 0, 12, 5)).isEmpty()).isTrue();
        assertThat(Suppression.hide(breakdown(0, 0)).isEmpty()).isTrue();
    }

    @Test
    void aSmallTotalIsHiddenWithItsCells() {
        Counts counts = breakdown(3, 0);
        BitSet hidden = Suppression.hide(counts);
        assertThat(hidden.get(0)).isTrue();
        assertThat(hidden.get(1)).isTrue();
        assertThat(Attack.bounds(1, counts, hidden).high()).isEqualTo(Interval.UNBOUNDED);
    }

    @Test
    void monthsAndTheYearAreProtectedTogether() {
        // Two regions by two months with the months' totals, the regions' year counts and the year's total.
        // counts: 0 year; 1 Jan, 2 Feb; 3 A-year, 4 B-year; 5 A-Jan, 6 B-Jan, 7 A-Feb, 8 B-Feb
        long[] values = {60, 25, 35, 28, 32, 3, 22, 25, 10};
        List<Sum> sums = new ArrayList<>(List.of(new Sum(0, new int[] {1, 2}), new Sum(0, new int[] {3, 4}),
                new Sum(1, new int[] {5, 6}), new Sum(2, new int[] {7, 8}), new Sum(3, new int[] {5, 7}),
                new Sum(4, new int[] {6, 8})));
        Counts counts = new Counts(values, sums);
        BitSet hidden = Suppression.hide(counts);
        Interval bounds = Attack.bounds(5, counts, hidden);
        assertThat(ProtectionRule.protects(bounds)).as("A in January: %s, hidden %s", bounds, hidden).isTrue();
        assertThat(hidden.cardinality()).as("a rectangle of four, no total").isEqualTo(4);
        assertThat(hidden.get(0) || hidden.get(1) || hidden.get(3)).isFalse();
    }

    @Test
    void withinOneBreakdownThePairIsBrokenByTheOtherPeriod() {
        // Only the January rows: hiding A-Jan and B-Jan leaves A-year minus A-Feb = A-Jan.
        long[] values = {60, 25, 35, 28, 32, 3, 22, 25, 10};
        List<Sum> sums = List.of(new Sum(0, new int[] {1, 2}), new Sum(0, new int[] {3, 4}),
                new Sum(1, new int[] {5, 6}), new Sum(2, new int[] {7, 8}), new Sum(3, new int[] {5, 7}),
                new Sum(4, new int[] {6, 8}));
        Counts counts = new Counts(values, sums);
        BitSet januaryOnly = new BitSet();
        januaryOnly.set(5);
        januaryOnly.set(6);
        assertThat(Attack.bounds(5, counts, januaryOnly).exact()).isTrue();
    }

    /** A sum without streams in the fixture. */
    private static final class LongsSum {
        static long of(long... values) {
            long total = 0;
            for (long v : values) {
                total += v;
            }
            return total;
        }
    }
}
