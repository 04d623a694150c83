package kz.koshi.kandas.engine;

import java.util.List;

/**
 * Rule R6: a family in which no one speaks Kazakh or Russian gains where the akimat offers language courses and
 * loses a little where it does not; a family that speaks either is not scored on language.
 */
final class LanguageRule implements ScoringRule {

    static final int COURSES = 10;
    static final int NO_COURSES = -5;

    @Override
    public List<Reason> score(Family family, RegionFacts region) {
        if (family.speaksKazakhOrRussian()) {
            return List.of();
        }
        return region.support().contains(SupportKind.LANGUAGE_COURSES) ? List.of(Reason.of("language-courses", COURSES))
                : List.of(Reason.of("no-language-courses", NO_COURSES));
    }
}
