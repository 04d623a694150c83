package kz.koshi.kandas.engine;

import java.util.List;

/** Rule R5: support the akimat offers (grants, training, an adaptation centre...) counts a little. */
final class SupportRule implements ScoringRule {

    static final int SUPPORT = 5;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        return region.support().isEmpty() ? List.of() : List.of(Reason.of("support", SUPPORT, region.support().size()));
    }
}
