package kz.koshi.reporting.open.suppression;

/** What an attacker can learn of a hidden count: it lies in [low, high] (whole numbers; high may be unbounded). */
public record Interval(long low, long high) {

    public static final long UNBOUNDED = Long.MAX_VALUE;

    /** The interval from a linear programme's real bounds, narrowed to whole numbers. */
    static Interval of(double low, double high) {
        long lo = (long) Math.ceil(low - 1e-6);
        long hi = Double.isInfinite(high) || high > 1e15 ? UNBOUNDED : (long) Math.floor(high + 1e-6);
        return new Interval(Math.max(0, lo), hi);
    }

    public boolean exact() {
        return low == high;
    }
}
