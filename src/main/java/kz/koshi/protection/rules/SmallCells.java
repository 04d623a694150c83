package kz.koshi.protection.rules;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * The counts of one breakdown whose cells add up to a published total. Small cells are suppressed, and
     * when only one is, the next smallest cell is suppressed too (complementary suppression): otherwise the
     * total minus the others would give the small cell away. Suppressed counts are null; the order is kept.
     */
    public static <K> Map<K, Long> publishable(Map<K, Long> counts) {
        Map<K, Long> published = new LinkedHashMap<>();
        counts.forEach((key, count) -> published.put(key, publishable(count)));
        long suppressed = published.values().stream().filter(v -> v == null).count();
        if (suppressed == 1) {
            published.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
                    .min(Map.Entry.comparingByValue()).ifPresent(e -> e.setValue(null));
        }
        return published;
    }
}
