package kz.koshi.reporting.open.suppression;

/**
 * The rule: a count of 1-4 is small and is never shown. A hidden small count is protected when the interval an
 * attacker can bound it to from everything shown (and from counts being at least 0) still holds 0 and 5: the reader
 * cannot tell whether the cell is empty, small or not small at all.
 */
public final class ProtectionRule {

    /** The smallest count shown without protection. */
    public static final long THRESHOLD = 5;

    private ProtectionRule() {
    }

    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    public static boolean protects(Interval interval) {
        return interval.low() <= 0 && interval.high() >= THRESHOLD;
    }
}
