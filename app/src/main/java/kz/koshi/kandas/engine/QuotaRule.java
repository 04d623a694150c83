package kz.koshi.kandas.engine;

import java.util.List;

/** Rule R2: a region whose yearly kandas quota still has room for the whole family gains; one that has none loses. */
final class QuotaRule implements ScoringRule {

    static final int ROOM = 10;
    static final int FULL = -30;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        if (region.quota() == null) {
            return List.of();
        }
        int left = Math.max(0, region.quota() - region.quotaUsed());
        return left >= family.size() ? List.of(Reason.of("quota-left", ROOM, left, region.quota()))
                : List.of(Reason.of("quota-full", FULL, left, region.quota()));
    }
}
