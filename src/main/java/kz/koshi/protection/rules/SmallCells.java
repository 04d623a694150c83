package kz.koshi.protection.rules;

/**
 * Statistics leave the module only as counts, and a count below the threshold is suppressed, because a
 * small cell (two Tajik women in one region) can point at a person.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** The count to publish, or null when it must be suppressed (zero is not a small cell: nobody is in it). */
    public static Long publishable(long count) {
        return count > 0 && count < THRESHOLD ? null : count;
    }
}
