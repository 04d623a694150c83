package kz.koshi.kandas.engine;

import java.util.List;

/** One rule of the recommendation: the reasons it gives a region for a family (none when it has nothing to say). */
interface ScoringRule {

    List<Reason> score(Family family, RegionFacts region);
}
