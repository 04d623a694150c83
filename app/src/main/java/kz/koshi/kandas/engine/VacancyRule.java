package kz.koshi.kandas.engine;

import java.util.List;

/** Rule R3: each working profession in the family gains where the labour authority's feed has vacancies for it. */
final class VacancyRule implements ScoringRule {

    static final int VACANCIES = 20;
    static final int NONE = -5;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        return family.professions().stream().filter(Profession::seeksWork).sorted().map(p -> {
            int open = region.vacanciesFor(p);
            return open > 0 ? Reason.of("vacancies", VACANCIES, open, p, region.region())
                    : Reason.of("no-vacancies", NONE, p, region.region());
        }).toList();
    }
}
