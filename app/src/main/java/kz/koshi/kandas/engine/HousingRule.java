package kz.koshi.kandas.engine;

import java.util.List;

/** Rule R4: a family that needs housing gains where the akimat has free housing places, and loses where it has none. */
final class HousingRule implements ScoringRule {

    static final int PLACES = 15;
    static final int NO_PLACES = -15;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        if (!family.needsHousing()) {
            return List.of();
        }
        return region.housingPlaces() > 0 ? List.of(Reason.of("housing", PLACES, region.housingPlaces()))
                : List.of(Reason.of("no-housing", NO_PLACES));
    }
}
