package kz.koshi.kandas;

/**
 * Whether recommendations were followed, counts only: families who arrived, those settled, those settled in one of the
 * three regions recommended to them when they sent the survey, those settled in a priority region (on the day they
 * settled), and those who moved again.
 */
public record RecommendationsFollowed(int arrived, int settled, int inRecommended, int inPriority, int movedAgain) {

    /** A share of the arrived families, in whole percent; null when none arrived. */
    public Integer percent(int count) {
        return arrived == 0 ? null : Math.round(count * 100f / arrived);
    }
}
