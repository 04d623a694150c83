package kz.koshi.reporting.open.suppression;

/**
 * The rule: a count of 1-4 is small and is never shown. A hidden small count is protected when the interval an
 * attacker can bound it to from everything shown (and from counts being at least 0) still holds 0 and 5: the reader
 * cannot tell whether the cell is empty, small or not small at all. Any other hidden count must at least not be
 * recoverable exactly (hiding a number the reader can work out protects nothing and pretends otherwise).
 */
public final class ProtectionRule {

    /** The smallest count shown without protection. */
    public static final long THRESHOLD = 5;

    private ProtectionRule() {
    }

    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** Whether a hidden count of {@code value} is safe when an attacker can bound it to {@code interval}. */
    public static boolean protects(long value, Interval interval) {
        return small(value) ? protects(interval) : !interval.exact();
    }

    public static boolean protects(Interval interval) {
        return interval.low() <= 0 && interval.high() >= THRESHOLD;
    }
}
