package kz.koshi.kandas;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15, arrival and status: the reference given at the border links the survey to the person, the migration police
 * record the application, stay holds the 90-day rule while it runs, akimats record where families settled.
 */
@DatabaseTest
class KandasArrivalTest {

    static final String BORDER = "Bearer koshi-demo-border";
    static final String POLICE = "Bearer koshi-demo-police";
    static final String AKIMAT = "Bearer koshi-demo-akimat";
    static final String LABOUR = "Bearer koshi-demo-labour";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    @Autowired
    MockMvc mvc;
    @Autowired
    KandasSurveys surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** A sent survey of a family from Uzbekistan, expected in Astana (the demo akimat's region). */
    String sentSurvey() {
        KandasSurveys.Started started = surveys.start(new OriginAnswers(true, "UZB", "Nukus", "Aibek Tursynov", "+998 90 123 45 67", null, null), "ru");
        surveys.saveMembers(started.id(), new MembersAnswers(List.of(
                new MemberAnswer(LocalDate.of(1985, 3, 3), Sex.MALE, Education.VOCATIONAL, Profession.NURSE, List.of(Language.KAZAKH, Language.RUSSIAN), HealthNeed.NONE))));
        surveys.savePlans(started.id(), new PlansAnswers("KZ-71", null, null, PreferenceReason.WORK, HousingNeed.NEEDS_TEMPORARY, null, TODAY.plusDays(1)));
        surveys.submit(started.id());
        jdbc.sql("update kandas_survey set expected_region = 'KZ-71' where id = ?").param(started.id()).update();
        return started.reference();
    }

    /** An Uzbek citizen's entry on a day through the border API, with a survey reference or none: the person number. */
    String enter(String reference, String passport, String surname, LocalDate born, LocalDate on) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "UZB"},
                 "surname": "%s", "givenNames": "AIBEK", "birthDate": "%s", "sex": "M",
                 "citizenship": "UZB", "purpose": "PRIVATE"%s}""".formatted(on, passport, surname, born,
                reference == null ? "" : ", \"kandasReference\": \"" + reference + "\"");
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(receipt, "$.personNumber");
    }

    String arrived(String reference, String passport, String surname, LocalDate born, LocalDate on) throws Exception {
        String person = enter(reference, passport, surname, born, on);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(jdbc.sql("select count(*) from kandas_arrival where person_number = ?")
                .param(person).query(Long.class).single()).isEqualTo(1));
        return person;
    }

    org.springframework.test.web.servlet.ResultActions record(String token, String person, String status, LocalDate on) throws Exception {
        return mvc.perform(put("/api/v1/kandas/arrivals/{p}/status", person).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"" + status + "\",\"on\":\"" + on + "\"}"));
    }

    @Test
    void theReferenceGivenAtTheBorderLinksTheSurveyToThePersonAndAnUnknownOneIsAFieldError() throws Exception {
        long crossings = jdbc.sql("select count(*) from border_crossing").query(Long.class).single();
        mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                         "document": {"type": "PASSPORT", "number": "KA9000001", "issuingCountry": "UZB"},
                         "surname": "QOSHQAROV", "givenNames": "ERLAN", "birthDate": "1979-01-02", "sex": "M",
                         "citizenship": "UZB", "purpose": "PRIVATE", "kandasReference": "KD-ZZZZZZZZ"}""".formatted(TODAY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kandasReference"));
        assertThat(jdbc.sql("select count(*) from border_crossing").query(Long.class).single()).isEqualTo(crossings);

        String reference = sentSurvey();
        String typed = reference.toLowerCase().replace("-", " ");
        String person = arrived(typed, "KA9000002", "TURSYNOV", LocalDate.of(1985, 3, 3), TODAY.minusDays(2));
        String arrivals = mvc.perform(get("/api/v1/kandas/arrivals").header("Authorization", POLICE)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(arrivals, "$[?(@.personNumber == '" + person + "')].surveyReference")).containsExactly(reference);
        assertThat(JsonPath.<List<String>>read(arrivals, "$[?(@.personNumber == '" + person + "')].arrivedOn"))
                .containsExactly(TODAY.minusDays(2).toString());
        String families = mvc.perform(get("/api/v1/kandas/families").header("Authorization", AKIMAT)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(families, "$[?(@.reference == '" + reference + "')].progress.arrivedOn"))
                .containsExactly(TODAY.minusDays(2).toString());
        for (String other : new String[] {AKIMAT, BORDER, LABOUR, "Bearer koshi-demo-career"}) {
            mvc.perform(get("/api/v1/kandas/arrivals").header("Authorization", other)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/crossings/batch").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content("""
                        [{"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                         "document": {"type": "PASSPORT", "number": "KA9000003", "issuingCountry": "UZB"},
                         "surname": "QOSHQAROVA", "givenNames": "ALIYA", "birthDate": "1981-01-02", "sex": "F",
                         "citizenship": "UZB", "purpose": "PRIVATE", "kandasReference": "%s"}]""".formatted(TODAY, reference)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].outcome").value("REJECTED"))
                .andExpect(jsonPath("$[0].problems[0].field").value("kandasReference"));
    }

    @Test
    void theMigrationPoliceRecordTheApplicationStepByStepAndNoOneElseMay() throws Exception {
        String person = arrived(sentSurvey(), "KA9000010", "SERIKBAYEV", LocalDate.of(1990, 5, 6), TODAY.minusDays(3));
        for (String other : new String[] {AKIMAT, BORDER, LABOUR}) {
            record(other, person, "APPLIED", TODAY).andExpect(status().isForbidden());
        }
        record(POLICE, "KP999999999", "APPLIED", TODAY).andExpect(status().isNotFound());
        record(POLICE, person, "GRANTED", TODAY).andExpect(status().isConflict());
        record(POLICE, person, "APPLIED", TODAY.plusDays(1)).andExpect(status().isBadRequest());
        record(POLICE, person, "APPLIED", TODAY.minusDays(4)).andExpect(status().isBadRequest());
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'KANDAS_STATUS_RECORDED'").query(Long.class).single();
        record(POLICE, person, "APPLIED", TODAY.minusDays(1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED")).andExpect(jsonPath("$.statusOn").value(TODAY.minusDays(1).toString()));
        record(POLICE, person, "APPLIED", TODAY).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'KANDAS_STATUS_RECORDED'").query(Long.class).single())
                .isEqualTo(audited + 1);

        mvc.perform(get("/kandas/arrivals").with(user(users.loadUserByUsername("police")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(person)));
        mvc.perform(post("/kandas/arrivals/{p}/status", person).with(user(users.loadUserByUsername("police")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("status", "GRANTED").param("on", TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from kandas_arrival where person_number = ?").param(person).query(String.class).single())
                .isEqualTo("GRANTED");
        mvc.perform(get("/kandas/arrivals").with(user(users.loadUserByUsername("border")))).andExpect(status().isForbidden());
    }

    @Test
    void anAppliedKandasHasNoOverstayOnDay91AndARefusalRestartsTheOrdinaryClockOnItsDay() throws Exception {
        String reference = sentSurvey();
        String applied = arrived(reference, "KA9000020", "ABDIKARIMOV", LocalDate.of(1975, 7, 8), TODAY.minusDays(100));
        String ordinary = enter(null, "KA9000021", "ABDUVALIYEV", LocalDate.of(1976, 8, 9), TODAY.minusDays(100));
        String refused = arrived(reference, "KA9000022", "ABDIKARIMOVA", LocalDate.of(1977, 9, 10), TODAY.minusDays(200));
        record(POLICE, applied, "APPLIED", TODAY.minusDays(95)).andExpect(status().isOk());
        record(POLICE, refused, "APPLIED", TODAY.minusDays(190)).andExpect(status().isOk());
        record(POLICE, refused, "REFUSED", TODAY.minusDays(100)).andExpect(status().isOk());

        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(openOverstays(applied)).isZero());
        stay(applied, TODAY).andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.not("OVERSTAY")))
                .andExpect(jsonPath("$.allowedUntil").doesNotExist());
        stay(applied, TODAY.minusDays(10)).andExpect(jsonPath("$.currentStayDays").value(91))
                .andExpect(jsonPath("$.violations[?(@.kind == 'OVERSTAY')]").isEmpty());
        stay(ordinary, TODAY).andExpect(jsonPath("$.status").value("OVERSTAY"));

        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> stay(refused, TODAY)
                .andExpect(jsonPath("$.allowedUntil").value(TODAY.minusDays(11).toString()))
                .andExpect(jsonPath("$.status").value("OVERSTAY"))
                .andExpect(jsonPath("$.violations[?(@.kind == 'OVERSTAY')].since").value(TODAY.minusDays(10).toString())));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(openOverstays(refused)).isEqualTo(1));
    }

    @Test
    void anAkimatRecordsWhereAnArrivedFamilySettledAndTheLabourAuthoritySeesCountsOnly() throws Exception {
        String before = followed();
        String reference = sentSurvey();
        String notArrived = sentSurvey();
        arrived(reference, "KA9000030", "NURLANOV", LocalDate.of(1988, 2, 3), TODAY.minusDays(7));
        settle(notArrived, TODAY).andExpect(status().isNotFound());
        settle(reference, TODAY.plusDays(1)).andExpect(status().isBadRequest());
        settle(reference, TODAY.minusDays(8)).andExpect(status().isBadRequest());
        settle(reference, TODAY.minusDays(5)).andExpect(status().isOk())
                .andExpect(jsonPath("$.settledRegion").value("KZ-71")).andExpect(jsonPath("$.movedAgain").value(0));
        settle(reference, TODAY).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/kandas/settlements").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reference\":\"" + reference + "\",\"on\":\"" + TODAY + "\"}")).andExpect(status().isForbidden());

        String after = followed();
        boolean recommended = jdbc.sql("select recommended_regions from kandas_survey where reference = ?").param(reference)
                .query(String.class).single().contains("KZ-71");
        assertThat(count(after, "arrived") - count(before, "arrived")).isEqualTo(1);
        assertThat(count(after, "settled") - count(before, "settled")).isEqualTo(1);
        assertThat(count(after, "inRecommended") - count(before, "inRecommended")).isEqualTo(recommended ? 1 : 0);
        assertThat(count(after, "inPriority") - count(before, "inPriority")).isZero(); // Astana is not a priority region
        assertThat(after).doesNotContain(reference).doesNotContain("KP");
        mvc.perform(get("/api/v1/kandas/recommendations-followed").header("Authorization", AKIMAT)).andExpect(status().isForbidden());
        // The commission's analysts read the same counts (and quota use), but may not import the labour authority's feed.
        var analyst = user(users.loadUserByUsername("analyst"));
        mvc.perform(get("/kandas").with(analyst)).andExpect(redirectedUrl("/kandas/quota"));
        mvc.perform(get("/kandas/quota").with(analyst)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"followed\""))).andExpect(content().string(not(containsString("/kandas/vacancies"))));
        mvc.perform(multipart("/kandas/vacancies").file(new MockMultipartFile("file", "v.csv", "text/csv", new byte[0])).with(analyst).with(csrf()))
                .andExpect(status().isForbidden());
        String families = mvc.perform(get("/api/v1/kandas/families").header("Authorization", AKIMAT)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(families, "$[?(@.reference == '" + reference + "')].progress.settledOn"))
                .containsExactly(TODAY.minusDays(5).toString());
    }

    @Test
    void anInternalResettlerGetsTheRecommendationWithoutABorderStepAndNeverItsOwnRegion() throws Exception {
        assertThatThrownBy(() -> surveys.start(new OriginAnswers(true, "KAZ", "Shymkent", "Asel Nurbekova", "+7 701 111 22 33", null, null), "ru"))
                .isInstanceOf(SurveyRefused.class).hasMessageContaining("current-region");
        assertThatThrownBy(() -> surveys.start(new OriginAnswers(true, "UZB", "Nukus", "Asel Nurbekova", "+7 701 111 22 33", null, "KZ-79"), "ru"))
                .isInstanceOf(SurveyRefused.class).hasMessageContaining("current-region");
        KandasSurveys.Started started = surveys.start(new OriginAnswers(true, "KAZ", "Shymkent", "Asel Nurbekova", "+7 701 111 22 33", null, "KZ-79"), "ru");
        surveys.saveMembers(started.id(), new MembersAnswers(List.of(
                new MemberAnswer(LocalDate.of(1992, 1, 2), Sex.FEMALE, Education.HIGHER, Profession.TEACHER, List.of(Language.KAZAKH), HealthNeed.NONE))));
        surveys.savePlans(started.id(), new PlansAnswers("KZ-79", "KZ-71", null, PreferenceReason.WORK, HousingNeed.NEEDS_TEMPORARY, null, TODAY.plusDays(5)));
        surveys.submit(started.id());
        Survey sent = surveys.read(started.id());
        assertThat(sent.origin().currentRegion()).isEqualTo("KZ-79");
        assertThat(jdbc.sql("select recommended_regions from kandas_survey where id = ?").param(started.id()).query(String.class).single())
                .doesNotContain("KZ-79");
        assertThat(sent.expectedRegion()).isNotEqualTo("KZ-79");

        settle(started.reference(), TODAY).andExpect(status().isOk()).andExpect(jsonPath("$.settledRegion").value("KZ-71"))
                .andExpect(jsonPath("$.arrivedOn").doesNotExist());
        String families = mvc.perform(get("/api/v1/kandas/families").header("Authorization", AKIMAT)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(families, "$[?(@.reference == '" + started.reference() + "')].resettlerFrom")).containsExactly("KZ-79");
    }

    private org.springframework.test.web.servlet.ResultActions settle(String reference, LocalDate on) throws Exception {
        return mvc.perform(post("/api/v1/kandas/settlements").header("Authorization", AKIMAT).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reference\":\"" + reference + "\",\"on\":\"" + on + "\"}"));
    }

    private String followed() throws Exception {
        return mvc.perform(get("/api/v1/kandas/recommendations-followed").header("Authorization", LABOUR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static int count(String json, String field) {
        return JsonPath.<Integer>read(json, "$." + field);
    }

    private org.springframework.test.web.servlet.ResultActions stay(String person, LocalDate on) throws Exception {
        return mvc.perform(get("/api/v1/stay/persons/{p}/status", person).param("on", on.toString()).header("Authorization", POLICE))
                .andExpect(status().isOk());
    }

    private long openOverstays(String person) {
        return jdbc.sql("select count(*) from stay_violation where person_number = ? and kind = 'OVERSTAY' and withdrawn_on is null")
                .param(person).query(Long.class).single();
    }
}
