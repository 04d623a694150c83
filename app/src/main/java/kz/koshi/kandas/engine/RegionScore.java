package kz.koshi.kandas.engine;

import java.util.List;

/** A region's place in a family's recommendation: its total and every reason that made it. */
public record RegionScore(RegionCode region, int score, List<Reason> reasons) {

    public RegionScore {
        reasons = List.copyOf(reasons);
    }

    static RegionScore of(RegionCode region, List<Reason> reasons) {
        return new RegionScore(region, reasons.stream().mapToInt(Reason::points).sum(), reasons);
    }
}
