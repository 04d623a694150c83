package kz.koshi.kandas.engine;

import java.util.List;

/**
 * Rule R7: the family's own choice: its first preferred region gains most, the second and third less. A family that
 * stated none is told so on every region (no points), so the reader sees that its wishes were not left out.
 */
final class PreferenceRule implements ScoringRule {

    static final int FIRST = 25;
    static final int STEP = 5;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        if (family.preferredRegions().isEmpty()) {
            return List.of(Reason.of("no-preference", 0));
        }
        int rank = family.preferredRegions().indexOf(region.region().code());
        return rank < 0 ? List.of() : List.of(Reason.of("preferred", FIRST - STEP * rank, rank + 1));
    }
}
