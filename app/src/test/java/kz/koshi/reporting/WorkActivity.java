package kz.koshi.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kz.koshi.access.ApiTokens;
import kz.koshi.kandas.Education;
import kz.koshi.kandas.HealthNeed;
import kz.koshi.kandas.HousingNeed;
import kz.koshi.kandas.KandasSurveys;
import kz.koshi.kandas.Language;
import kz.koshi.kandas.MemberAnswer;
import kz.koshi.kandas.MembersAnswers;
import kz.koshi.kandas.OriginAnswers;
import kz.koshi.kandas.PlansAnswers;
import kz.koshi.kandas.PreferenceReason;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real work-abroad and kandas activity through the modules' own APIs: the demo agency reports placements of citizens to
 * Russia, Korea and the Emirates with a token it issued itself (each placement opens a stay on the register of citizens
 * abroad), and families of kandas from Uzbekistan, China and Mongolia who sent the survey enter with its reference.
 */
final class WorkActivity {

    private static final String[] COUNTRIES = {"RUS", "KOR", "ARE"};
    private static final String[] ORIGINS = {"UZB", "CHN", "MNG"};
    private static final String[] REGIONS = {"KZ-71", "KZ-55", "KZ-59"};
    private static final String[] SURNAMES = {"TURSYNOV", "ZHUMABAYEV", "SERIKOV", "NURLANOV", "ORAZBAYEV", "KASYMOV"};

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final KandasSurveys surveys;
    private final Random random;
    private final String run = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 5);

    WorkActivity(MockMvc mvc, UserDetailsService users, KandasSurveys surveys, long seed) {
        this.mvc = mvc;
        this.users = users;
        this.surveys = surveys;
        this.random = new Random(seed);
    }

    /**
     * {@code placements} placements and {@code families} kandas arrivals over the months of this year before {@code today}
     * (few placements: the demo register's proportions of citizens abroad are checked elsewhere in the same database).
     */
    void generate(int placements, int families, LocalDate today) throws Exception {
        String token = agencyToken();
        for (int i = 0; i < placements; i++) {
            LocalDate start = today.minusDays(1 + random.nextInt(200));
            send("/api/v1/recruitment/placements", "Bearer " + token, placement(worker(), COUNTRIES[i % COUNTRIES.length], start));
        }
        for (int i = 0; i < families; i++) {
            LocalDate arrived = LocalDate.of(today.getYear(), 1, 1).plusDays(random.nextInt(today.getDayOfYear() - 1));
            String reference = survey(ORIGINS[i % ORIGINS.length], REGIONS[i % REGIONS.length], today.plusDays(1));
            send("/api/v1/crossings", MigrationActivity.BORDER, entry(reference, ORIGINS[i % ORIGINS.length], "Q" + run + i,
                    SURNAMES[i % SURNAMES.length], LocalDate.of(1960 + random.nextInt(40), 1 + i % 12, 1 + random.nextInt(28)), arrived));
        }
    }

    private String agencyToken() throws Exception {
        var result = mvc.perform(post("/recruitment/agency/tokens").with(user(users.loadUserByUsername("agency"))).with(csrf())
                .param("name", "Система агентства " + run)).andExpect(status().isOk()).andReturn();
        return ((ApiTokens.Issued) result.getModelAndView().getModel().get("issued")).secret();
    }

    private String worker() {
        while (true) {
            LocalDate born = LocalDate.of(1975 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var iin = Iin.issue(born, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, random.nextInt(10_000));
            if (iin.isPresent()) {
                return iin.get().value();
            }
        }
    }

    private static String placement(String iin, String country, LocalDate start) {
        return """
                {"workerIin":"%s","workerSurname":"Нурланова","workerGivenName":"Айжан","country":"%s",
                 "employerName":"Demo Employer","employerCountry":"%s","employerRegistration":"110111-0099999",
                 "job":"Оператор","contractStart":"%s","contractEnd":"%s","monthlyWage":900,"wageCurrency":"usd","feesKzt":0}"""
                .formatted(iin, country, country, start, start.plusYears(1));
    }

    /** A family's sent survey, preferring a region and planning to come on a day: its reference. */
    private String survey(String origin, String region, LocalDate arrival) {
        KandasSurveys.Started started = surveys.start(new OriginAnswers(true, origin, "Город", "Айбек Турсынов", "+998 90 123 45 67",
                null, null), "ru");
        surveys.saveMembers(started.id(), new MembersAnswers(List.of(new MemberAnswer(LocalDate.of(1985, 3, 3), Sex.MALE,
                Education.VOCATIONAL, Profession.NURSE, List.of(Language.KAZAKH, Language.RUSSIAN), HealthNeed.NONE))));
        surveys.savePlans(started.id(), new PlansAnswers(region, null, null, PreferenceReason.WORK, HousingNeed.NEEDS_TEMPORARY, null,
                arrival));
        surveys.submit(started.id());
        return started.reference();
    }

    /** A family member's entry with the survey's reference (each a different person: the first arrival of a person stands). */
    private static String entry(String reference, String citizenship, String passport, String surname, LocalDate born, LocalDate on) {
        return """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT06:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s"},
                 "surname": "%s", "givenNames": "AIBEK", "birthDate": "%s", "sex": "M",
                 "citizenship": "%s", "purpose": "PRIVATE", "kandasReference": "%s"}""".formatted(on, passport, citizenship, surname, born,
                citizenship, reference);
    }

    private String send(String path, String token, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }
}
