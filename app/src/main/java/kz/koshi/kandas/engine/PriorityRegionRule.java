package kz.koshi.kandas.engine;

import java.util.List;

/** Rule R1: the Government's priority settlement regions (the northern and eastern regions) come first. */
final class PriorityRegionRule implements ScoringRule {

    static final int POINTS = 30;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        return region.priority() ? List.of(Reason.of("priority", POINTS)) : List.of();
    }
}
