package kz.koshi.kandas;

import kz.koshi.kandas.engine.RegionScore;
import kz.koshi.reference.Region;

/** One recommended region for a family: its score with the reasons, and what its akimat offers. */
public record Recommendation(RegionScore score, Region region, RegionOffer offer) {
}
