package kz.koshi.kandas;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The akimat's and the labour authority's side: expected families, offers, reservations, the vacancy feed, quota use. */
@DatabaseTest
class KandasOfficesTest {

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
    UserDetailsService users;

    /** A family of two (an IT specialist and a child) arriving today (this year's quota), preferring the region, needing housing. */
    String sentSurvey(String region) {
        KandasSurveys.Started started = surveys.start(new OriginAnswers(true, "CHN", "Ürümqi", "Nurgul Serikqyzy", null, "n@example.org", null), "kk");
        surveys.saveMembers(started.id(), new MembersAnswers(List.of(
                new MemberAnswer(LocalDate.of(1990, 4, 4), Sex.FEMALE, Education.HIGHER, Profession.IT_SPECIALIST, List.of(Language.KAZAKH, Language.CHINESE), HealthNeed.NONE),
                new MemberAnswer(LocalDate.of(2018, 8, 8), Sex.MALE, Education.NONE, Profession.NONE, List.of(Language.KAZAKH), HealthNeed.NONE))));
        surveys.savePlans(started.id(), new PlansAnswers(region, null, null, PreferenceReason.WORK, HousingNeed.NEEDS_TEMPORARY, null, TODAY));
        surveys.submit(started.id());
        return started.reference();
    }

    /** Astana wants IT specialists and has housing: a family of IT specialists that prefers it is expected there. */
    String expectedInAstana() throws Exception {
        mvc.perform(post("/api/v1/kandas/vacancies").header("Authorization", LABOUR).contentType("text/csv")
                .content("region_code,profession,vacancies,as_of\nKZ-71,IT_SPECIALIST,25," + TODAY + "\n")).andExpect(status().isOk());
        mvc.perform(put("/api/v1/kandas/offer").header("Authorization", AKIMAT).contentType(MediaType.APPLICATION_JSON)
                .content("{\"housingPlaces\":50,\"support\":[\"LANGUAGE_COURSES\"]}")).andExpect(status().isOk());
        String reference = sentSurvey("KZ-71");
        assertThat(jdbc.sql("select expected_region from kandas_survey where reference = ?").param(reference).query(String.class).single())
                .isEqualTo("KZ-71");
        return reference;
    }

    @Test
    void theAkimatSeesFamiliesExpectedInItsRegionOnlyAndItsReadingIsAudited() throws Exception {
        String astana = expectedInAstana();
        String almaty = sentSurvey("KZ-75");
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'KANDAS_FAMILIES_READ'").query(Long.class).single();
        String json = mvc.perform(get("/api/v1/kandas/families").header("Authorization", AKIMAT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains(astana).doesNotContain(almaty).doesNotContain("birthDate").doesNotContain("healthNeed");
        assertThat(JsonPath.<List<Integer>>read(json, "$[?(@.reference == '" + astana + "')].size")).containsExactly(2);
        assertThat(JsonPath.<List<List<String>>>read(json, "$[?(@.reference == '" + astana + "')].professions"))
                .containsExactly(List.of("IT_SPECIALIST"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'KANDAS_FAMILIES_READ'").query(Long.class).single())
                .isEqualTo(audited + 1);
        for (String other : new String[] {LABOUR, "Bearer koshi-demo-career", "Bearer koshi-demo-police"}) {
            mvc.perform(get("/api/v1/kandas/families").header("Authorization", other)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/kandas/families").param("lang", "en").with(user(users.loadUserByUsername("akimat"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(astana)));
        mvc.perform(get("/kandas/families").with(user(users.loadUserByUsername("labour")))).andExpect(status().isForbidden());
    }

    @Test
    void theAkimatReservesHousingForAFamilyExpectedThereAndTheFamilySeesIt() throws Exception {
        String astana = expectedInAstana();
        String almaty = sentSurvey("KZ-75");
        int free = JsonPath.read(mvc.perform(get("/api/v1/kandas/offer").header("Authorization", AKIMAT))
                .andReturn().getResponse().getContentAsString(), "$.housingPlaces");
        mvc.perform(post("/api/v1/kandas/families/{ref}/reservations", astana).param("kind", "HOUSING").header("Authorization", AKIMAT))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/kandas/families/{ref}/reservations", astana).param("kind", "HOUSING").header("Authorization", AKIMAT))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/kandas/offer").header("Authorization", AKIMAT)).andExpect(jsonPath("$.housingPlaces").value(free - 1));
        mvc.perform(get("/kandas/families").with(user(users.loadUserByUsername("akimat"))))
                .andExpect(content().string(containsString("value=\"50\"")));
        String elsewhere = mvc.perform(post("/api/v1/kandas/families/{ref}/reservations", almaty).param("kind", "SUPPORT")
                .header("Authorization", AKIMAT)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/api/v1/kandas/families/{ref}/reservations", "KD-NOTHERE").param("kind", "SUPPORT")
                .header("Authorization", AKIMAT)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(elsewhere.replace(almaty, "R")).isEqualTo(unknown.replace("KD-NOTHERE", "R"));
        long survey = jdbc.sql("select id from kandas_survey where reference = ?").param(astana).query(Long.class).single();
        assertThat(surveys.reservations(survey)).containsEntry(ReservationKind.HOUSING, "KZ-71");
        mvc.perform(put("/api/v1/kandas/offer").header("Authorization", LABOUR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"housingPlaces\":5}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/kandas/offer").header("Authorization", AKIMAT).contentType(MediaType.APPLICATION_JSON)
                .content("{\"housingPlaces\":-1}")).andExpect(status().isBadRequest());
    }

    @Test
    void aVacancyFeedIsAppliedWholeOrNotAtAllAndEveryBadRowIsReported() throws Exception {
        String bad = "region_code,profession,vacancies,as_of\nKZ-55,NURSE,14,2026-01-31\nKZ-99,NURSE,3,2026-01-31\n"
                + "KZ-55,ASTRONAUT,1,2026-01-31\nKZ-59,TEACHER,-4,2026-01-31\nKZ-59,TEACHER,4,31.01.2026\nKZ-55,NURSE,2,2026-01-31\n"
                + "KZ-59,FARMER,2," + TODAY.plusDays(1) + "\nKZ-59,FARMER\n";
        mvc.perform(post("/api/v1/kandas/vacancies").header("Authorization", LABOUR).contentType("text/csv").content(bad))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.refusedRows[*].line").value(org.hamcrest.Matchers.contains(3, 4, 5, 6, 7, 8, 9)));
        assertThat(jdbc.sql("select count(*) from kandas_vacancy where as_of = date '2026-01-31'").query(Long.class).single()).isZero();

        String good = "region_code,profession,vacancies,as_of\nKZ-55,COOK,14,2026-01-31\nKZ-59,SALES,3,2026-01-31\n";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/kandas/vacancies").header("Authorization", LABOUR).contentType("text/csv").content(good))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        }
        assertThat(jdbc.sql("select count(*) from kandas_vacancy where as_of = date '2026-01-31'").query(Long.class).single())
                .as("sent twice, kept once").isEqualTo(2);
        mvc.perform(post("/api/v1/kandas/vacancies").header("Authorization", AKIMAT).contentType("text/csv").content(good))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/kandas/vacancies").file(new MockMultipartFile("file", "feed.csv", "text/csv", bad.getBytes()))
                        .with(csrf()).param("lang", "en").with(user(users.loadUserByUsername("labour"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Line 3: unknown region code")));
    }

    @Test
    void theLabourAuthoritySeesQuotaUseByRegion() throws Exception {
        expectedInAstana();
        String json = mvc.perform(get("/api/v1/kandas/quota").header("Authorization", LABOUR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> astana = JsonPath.read(json, "$[?(@.region.code == 'KZ-71')].persons");
        assertThat(astana.getFirst()).isGreaterThanOrEqualTo(2);
        assertThat(JsonPath.<List<Boolean>>read(json, "$[?(@.region.code == 'KZ-55')].priority")).containsExactly(true);
        mvc.perform(get("/api/v1/kandas/quota").header("Authorization", AKIMAT)).andExpect(status().isForbidden());
        mvc.perform(get("/kandas/quota").param("lang", "kk").with(user(users.loadUserByUsername("labour"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Павлодар облысы")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("docs/"))));
    }

    /** A region's name in Kazakh already says "облысы": the vacancy reasons do not add "өңірінде" after it. */
    @Test
    void theVacancyReasonsNameTheRegionOnceInKazakh(@Autowired kz.koshi.kandas.web.KandasText text) {
        java.util.Locale kk = java.util.Locale.forLanguageTag("kk");
        var pavlodar = new kz.koshi.kandas.engine.RegionCode("KZ-55");
        String some = text.reason(new kz.koshi.kandas.engine.Reason("kandas.reason.vacancies", 20, List.of(14, Profession.NURSE, pavlodar)), kk);
        String none = text.reason(new kz.koshi.kandas.engine.Reason("kandas.reason.no-vacancies", -5, List.of(Profession.NURSE, pavlodar)), kk);
        assertThat(some).contains("Павлодар облысы", "14").doesNotContain("облысы өңірінде");
        assertThat(none).contains("Павлодар облысы").doesNotContain("облысы өңірінде");
    }
}
