package kz.koshi.kandas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.koshi.kandas.engine.Family;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.kandas.engine.RegionCode;
import kz.koshi.kandas.engine.RegionFacts;
import kz.koshi.kandas.engine.RegionRecommender;
import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the facts of every region in force and asks the engine to rank them for a family; the top three are shown. */
@Service
@Transactional(readOnly = true)
public class Recommendations {

    public static final int SHOWN = 3;

    private final SettlementFacts facts;
    private final SettlementRecords settlements;
    private final ReferenceData reference;
    private final KandasProperties properties;
    private final Clock clock;
    private final RegionRecommender engine = new RegionRecommender();

    Recommendations(SettlementFacts facts, SettlementRecords settlements, ReferenceData reference, KandasProperties properties,
                    Clock clock) {
        this.facts = facts;
        this.settlements = settlements;
        this.reference = reference;
        this.properties = properties;
        this.clock = clock;
    }

    public List<Recommendation> forSurvey(Survey survey) {
        return ranked(survey).stream().limit(SHOWN).toList();
    }

    /** A region the family preferred that is not among the regions shown: where it ranked, of how many, and the engine's reasons. */
    public record PreferredElsewhere(int rank, int of, Recommendation recommendation) {
    }

    /** The family's preferred regions that did not make the top {@value #SHOWN}, in the family's order of preference. */
    public List<PreferredElsewhere> preferredBelowTop(Survey survey) {
        List<Recommendation> ranked = ranked(survey);
        List<String> codes = ranked.stream().map(r -> r.region().code()).toList();
        return survey.plans().preferredRegions().stream().filter(code -> codes.indexOf(code) >= SHOWN)
                .map(code -> new PreferredElsewhere(codes.indexOf(code) + 1, ranked.size(), ranked.get(codes.indexOf(code)))).toList();
    }

    private List<Recommendation> ranked(Survey survey) {
        LocalDate today = LocalDate.now(clock);
        // An internal resettler moves to another region: the one lived in now is not recommended.
        Map<String, Region> regions = reference.regionsOn(today).stream().filter(r -> !r.code().equals(survey.origin().currentRegion()))
                .collect(Collectors.toMap(Region::code, Function.identity()));
        Map<String, RegionOffer> offers = facts.offers();
        List<RegionFacts> known = regionFacts(survey.id(), regions.keySet(), offers, today);
        return engine.rank(family(survey), known).stream()
                .map(s -> new Recommendation(s, regions.get(s.region().code()),
                        offers.getOrDefault(s.region().code(), RegionOffer.none(s.region().code())))).toList();
    }

    private List<RegionFacts> regionFacts(long surveyId, Set<String> codes, Map<String, RegionOffer> offers, LocalDate today) {
        Set<String> priority = properties.priorityOn(today);
        Map<String, Map<Profession, Integer>> vacancies = facts.vacancies();
        // R8: the kandas living in each region by the registry's own records once families arrive; before, those expected.
        Map<String, Integer> families = settlements.anyArrival() ? settlements.settledFamilies(surveyId) : facts.families(surveyId);
        Map<String, Integer> used = facts.personsArriving(today.getYear());
        return codes.stream().map(code -> {
            RegionOffer offer = offers.getOrDefault(code, RegionOffer.none(code));
            return new RegionFacts(new RegionCode(code), priority.contains(code), properties.quota().get(code),
                    used.getOrDefault(code, 0), vacancies.getOrDefault(code, Map.of()), offer.housingPlaces(), offer.support(),
                    families.getOrDefault(code, 0));
        }).toList();
    }

    static Family family(Survey survey) {
        List<MemberAnswer> members = survey.members().given();
        Set<Language> spoken = members.stream().flatMap(m -> m.languages().stream()).collect(Collectors.toSet());
        HousingNeed housing = survey.plans().housingNeed();
        return new Family(members.stream().map(MemberAnswer::profession).collect(Collectors.toSet()), Math.max(1, members.size()),
                housing != null && housing.asksForHousing(), Language.anyLocal(spoken), survey.plans().preferredRegions());
    }
}
