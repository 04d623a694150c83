package kz.koshi.kandas.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks regions for a family: every rule scores every region, the highest total first; ties go to a priority
 * region, then to the region code, so the same facts always give the same order.
 */
public final class RegionRecommender {

    private static final List<ScoringRule> RULES = List.of(new PreferenceRule(), new PriorityRegionRule(), new QuotaRule(),
            new VacancyRule(), new HousingRule(), new SupportRule(), new LanguageRule(), new CommunityRule());

    public List<RegionScore> rank(Family family, List<RegionFacts> regions) {
        List<RegionScore> scores = new ArrayList<>();
        List<RegionFacts> ordered = new ArrayList<>(regions);
        ordered.sort(Comparator.comparing((RegionFacts r) -> !r.priority()).thenComparing(r -> r.region().code()));
        for (RegionFacts region : ordered) {
            scores.add(RegionScore.of(region.region(), RULES.stream().flatMap(r -> r.score(family, region).stream()).toList()));
        }
        scores.sort(Comparator.comparingInt(RegionScore::score).reversed()); // stable: the tie order above is kept
        return List.copyOf(scores);
    }
}
