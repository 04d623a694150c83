package kz.koshi.kandas.engine;

import java.util.List;

/** Rule R8: kandas families already there help newcomers settle: a point each, up to ten. */
final class CommunityRule implements ScoringRule {

    static final int MAX = 10;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        return region.community() > 0 ? List.of(Reason.of("community", Math.min(MAX, region.community()), region.community()))
                : List.of();
    }
}
