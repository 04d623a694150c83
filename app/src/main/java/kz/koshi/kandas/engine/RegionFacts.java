package kz.koshi.kandas.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is known of one region in force on the day of the recommendation: whether it is a priority settlement
 * region, its yearly kandas quota (null when none is configured) and the persons already counted against it,
 * vacancies by profession, free housing places and other support its akimat offers, and how many kandas families
 * are already there.
 */
public record RegionFacts(RegionCode region, boolean priority, Integer quota, int quotaUsed,
                          Map<Profession, Integer> vacancies, int housingPlaces, Set<SupportKind> support, int community) {

    public RegionFacts {
        Objects.requireNonNull(region, "region");
        vacancies = Map.copyOf(vacancies);
        support = Set.copyOf(support);
    }

    int vacanciesFor(Profession profession) {
        return vacancies.getOrDefault(profession, 0);
    }
}
