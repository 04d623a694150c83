package kz.koshi.kandas.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of the recommendation (docs/kandas.md), and the ranking that adds them up. */
class RegionRecommenderTest {

    static final RegionCode PAVLODAR = new RegionCode("KZ-55");
    static final RegionCode ALMATY = new RegionCode("KZ-75");

    static Family family(Set<Profession> professions, boolean needsHousing, boolean speaks, List<String> preferred) {
        return new Family(professions, 3, needsHousing, speaks, preferred);
    }

    static RegionFacts region(RegionCode code, boolean priority) {
        return new RegionFacts(code, priority, null, 0, Map.of(), 0, Set.of(), 0);
    }

    static List<String> keys(List<Reason> reasons) {
        return reasons.stream().map(Reason::key).toList();
    }

    final Family nurses = family(Set.of(Profession.NURSE, Profession.NONE), false, true, List.of("KZ-75"));

    @Test
    void aPriorityRegionGainsThirtyPoints() {
        assertThat(new PriorityRegionRule().score(nurses, region(PAVLODAR, true)))
                .containsExactly(new Reason("kandas.reason.priority", 30, List.of()));
        assertThat(new PriorityRegionRule().score(nurses, region(ALMATY, false))).isEmpty();
    }

    @Test
    void aQuotaWithRoomForTheWholeFamilyGainsAndAFullOneLoses() {
        RegionFacts room = new RegionFacts(PAVLODAR, true, 100, 97, Map.of(), 0, Set.of(), 0);
        RegionFacts full = new RegionFacts(PAVLODAR, true, 100, 98, Map.of(), 0, Set.of(), 0);
        assertThat(new QuotaRule().score(nurses, room)).containsExactly(new Reason("kandas.reason.quota-left", 10, List.of(3, 100)));
        assertThat(new QuotaRule().score(nurses, full)).containsExactly(new Reason("kandas.reason.quota-full", -30, List.of(2, 100)));
        assertThat(new QuotaRule().score(nurses, region(PAVLODAR, true))).as("no quota configured").isEmpty();
    }

    @Test
    void vacanciesForAMembersProfessionGainAndNoneLoseALittle() {
        RegionFacts hiring = new RegionFacts(PAVLODAR, true, null, 0, Map.of(Profession.NURSE, 14), 0, Set.of(), 0);
        assertThat(new VacancyRule().score(nurses, hiring))
                .containsExactly(new Reason("kandas.reason.vacancies", 20, List.of(14, Profession.NURSE, PAVLODAR)));
        assertThat(new VacancyRule().score(nurses, region(ALMATY, false)))
                .containsExactly(new Reason("kandas.reason.no-vacancies", -5, List.of(Profession.NURSE, ALMATY)));
        assertThat(new VacancyRule().score(family(Set.of(Profession.NONE), false, true, List.of()), hiring))
                .as("a member who does not work seeks no vacancy").isEmpty();
    }

    @Test
    void aFamilyThatNeedsHousingGainsWhereThereArePlacesAndLosesWhereThereAreNone() {
        Family homeless = family(Set.of(), true, true, List.of());
        RegionFacts places = new RegionFacts(PAVLODAR, true, null, 0, Map.of(), 4, Set.of(), 0);
        assertThat(new HousingRule().score(homeless, places)).containsExactly(new Reason("kandas.reason.housing", 15, List.of(4)));
        assertThat(new HousingRule().score(homeless, region(ALMATY, false))).containsExactly(new Reason("kandas.reason.no-housing", -15, List.of()));
        assertThat(new HousingRule().score(nurses, places)).as("housed families are not scored on it").isEmpty();
    }

    @Test
    void supportOfferedCountsALittle() {
        RegionFacts support = new RegionFacts(PAVLODAR, true, null, 0, Map.of(), 0,
                Set.of(SupportKind.RELOCATION_GRANT, SupportKind.JOB_TRAINING), 0);
        assertThat(new SupportRule().score(nurses, support)).containsExactly(new Reason("kandas.reason.support", 5, List.of(2)));
        assertThat(new SupportRule().score(nurses, region(ALMATY, false))).isEmpty();
    }

    @Test
    void aFamilyWithoutKazakhOrRussianLooksForLanguageCourses() {
        Family mongolianOnly = family(Set.of(), false, false, List.of());
        RegionFacts courses = new RegionFacts(PAVLODAR, true, null, 0, Map.of(), 0, Set.of(SupportKind.LANGUAGE_COURSES), 0);
        assertThat(new LanguageRule().score(mongolianOnly, courses)).containsExactly(new Reason("kandas.reason.language-courses", 10, List.of()));
        assertThat(new LanguageRule().score(mongolianOnly, region(ALMATY, false)))
                .containsExactly(new Reason("kandas.reason.no-language-courses", -5, List.of()));
        assertThat(new LanguageRule().score(nurses, courses)).isEmpty();
    }

    @Test
    void theFamilysPreferencesGainByRankAndNoPreferenceIsSaid() {
        Family two = family(Set.of(), false, true, List.of("KZ-75", "KZ-55"));
        assertThat(new PreferenceRule().score(two, region(ALMATY, false))).containsExactly(new Reason("kandas.reason.preferred", 25, List.of(1)));
        assertThat(new PreferenceRule().score(two, region(PAVLODAR, true))).containsExactly(new Reason("kandas.reason.preferred", 20, List.of(2)));
        assertThat(new PreferenceRule().score(two, region(new RegionCode("KZ-59"), true))).isEmpty();
        assertThat(new PreferenceRule().score(family(Set.of(), false, true, List.of()), region(ALMATY, false)))
                .containsExactly(new Reason("kandas.reason.no-preference", 0, List.of()));
    }

    @Test
    void kandasAlreadyThereGainAPointEachUpToTen() {
        assertThat(new CommunityRule().score(nurses, new RegionFacts(PAVLODAR, true, null, 0, Map.of(), 0, Set.of(), 3)))
                .containsExactly(new Reason("kandas.reason.community", 3, List.of(3)));
        assertThat(new CommunityRule().score(nurses, new RegionFacts(PAVLODAR, true, null, 0, Map.of(), 0, Set.of(), 40)))
                .containsExactly(new Reason("kandas.reason.community", 10, List.of(40)));
        assertThat(new CommunityRule().score(nurses, region(PAVLODAR, true))).isEmpty();
    }

    @Test
    void theRankingAddsEveryRuleAndBreaksTiesByPriorityThenCode() {
        RegionFacts pavlodar = new RegionFacts(PAVLODAR, true, 50, 0, Map.of(Profession.NURSE, 6), 0, Set.of(), 0);
        RegionFacts almaty = new RegionFacts(ALMATY, false, 50, 50, Map.of(), 0, Set.of(), 0);
        RegionFacts north = region(new RegionCode("KZ-59"), true);
        RegionFacts akmola = region(new RegionCode("KZ-11"), true);
        List<RegionScore> ranked = new RegionRecommender().rank(nurses, List.of(almaty, north, pavlodar, akmola));
        assertThat(ranked).extracting(s -> s.region().code()).containsExactly("KZ-55", "KZ-11", "KZ-59", "KZ-75");
        assertThat(ranked.get(0).score()).isEqualTo(30 + 10 + 20);
        assertThat(keys(ranked.get(0).reasons())).containsExactly("kandas.reason.priority", "kandas.reason.quota-left",
                "kandas.reason.vacancies");
        assertThat(ranked.get(3).score()).as("first preference, but its quota is used up and no nurse is wanted")
                .isEqualTo(25 - 30 - 5);
    }
}
