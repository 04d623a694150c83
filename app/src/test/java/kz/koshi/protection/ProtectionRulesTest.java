package kz.koshi.protection;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.koshi.protection.ProtectionApiTest.CRISIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rules of docs/protection.md that no other test proved. */
@DatabaseTest
@RecordApplicationEvents
class ProtectionRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private ResultActions call(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", CRISIS).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String screening(String person) {
        return """
                {"pathway":"HOTLINE","exploitationType":"LABOUR","crossBorder":true,"indicators":["DOCUMENTS_CONFISCATED"],
                 "presumedVictim":true,"grounds":"Passport taken by the employer; unpaid for four months.",
                 "sex":"F","regionCode":"KZ-71"%s}""".formatted(person);
    }

    private long cases() {
        return jdbc.sql("select count(*) from protection_case").query(Long.class).single();
    }

    @Test
    void aStatelessPresumedVictimGetsAReflectionPeriodAndOneWithoutABirthDateIsTreatedAsAnAdult() throws Exception {
        long before = events.stream(ReflectionPeriodStarted.class).count();
        String body = call(post("/api/v1/protection/screenings"), screening(",\"surname\":\"Bezgrazhdanova\",\"givenName\":\"Lena\","
                + "\"citizenship\":\"XXA\"")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(body, "$.caseId")).longValue();
        assertThat(events.stream(ReflectionPeriodStarted.class).count()).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", CRISIS))
                .andExpect(jsonPath("$.reflectionEndsOn").isNotEmpty())
                .andExpect(jsonPath("$.minor").value(false))
                .andExpect(jsonPath("$.childProtectionAt").isEmpty());
    }

    @Test
    void aPresumedVictimNeedsANameAndNothingIsStoredWithoutOne() throws Exception {
        long before = cases();
        call(post("/api/v1/protection/screenings"), screening(",\"citizenship\":\"UZB\",\"birthDate\":\"1990-01-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theHtcdsExportCarriesNeitherTheGroundsNorTheNotes() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, CRISIS, "TJK", "1991-03-03");
        call(post("/api/v1/protection/cases/{id}/notes", caseId), "{\"text\":\"Brother in Shymkent knows the recruiter.\"}")
                .andExpect(status().is2xxSuccessful());
        String export = mvc.perform(get("/api/v1/protection/cases/{id}/htcds", caseId).header("Authorization", CRISIS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.prs_Nationality").value("TJ"))
                .andReturn().getResponse().getContentAsString();
        assertThat(export).doesNotContain("Passport taken").doesNotContain("Shymkent").doesNotContain("Testova");
    }

    @Test
    void repatriationIsAnOutcomeForForeignersOnly() throws Exception {
        String today = LocalDate.now().toString();
        long citizen = ProtectionFixtures.screen(mvc, CRISIS, "KAZ", "1989-09-09");
        call(post("/api/v1/protection/cases/{id}/outcomes", citizen), "{\"kind\":\"REPATRIATION\",\"recordedOn\":\"" + today + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(jdbc.sql("select count(*) from protection_outcome where case_id = ?").param(citizen).query(Long.class).single()).isZero();
        long foreigner = ProtectionFixtures.screen(mvc, CRISIS, "KGZ", "1989-09-09");
        call(post("/api/v1/protection/cases/{id}/outcomes", foreigner), "{\"kind\":\"REPATRIATION\",\"recordedOn\":\"" + today + "\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void aServiceOutsideThePlanIsRefusedAndAClosedCaseTakesNoMoreOutcomes() throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, CRISIS);
        String today = LocalDate.now().toString();
        call(post("/api/v1/protection/cases/{id}/services", caseId), "{\"serviceType\":\"PSYCHOLOGICAL\",\"deliveredOn\":\"" + today + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("serviceType"));
        assertThat(jdbc.sql("select count(*) from protection_service_delivery where case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        call(post("/api/v1/protection/cases/{id}/closure", caseId), "{\"reason\":\"REPATRIATED\",\"closedOn\":\"" + today + "\"}")
                .andExpect(status().isOk());
        call(post("/api/v1/protection/cases/{id}/outcomes", caseId), "{\"kind\":\"DOCUMENTS_RESTORED\",\"recordedOn\":\"" + today + "\"}")
                .andExpect(status().isConflict());
        call(post("/api/v1/protection/cases/{id}/closure", caseId), "{\"reason\":\"REPATRIATED\",\"closedOn\":\"" + today + "\"}")
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", CRISIS))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.timeline[*].kind", hasItem("CLOSED")));
    }

    @Test
    void aCaseThatDoesNotExistIsRefusedLikeACaseOfAnotherAgency() throws Exception {
        long theirs = ProtectionFixtures.screen(mvc, "Bearer koshi-demo-police", "KAZ", "1985-05-05", "KZ-61");
        String other = mvc.perform(get("/api/v1/protection/cases/{id}", theirs).header("Authorization", CRISIS))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String none = mvc.perform(get("/api/v1/protection/cases/{id}", 987_654_321L).header("Authorization", CRISIS))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(none.replace("987654321", "ID")).isEqualTo(other.replace(String.valueOf(theirs), "ID"));
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void aBreakTheGlassGrantLastsTheConfiguredFourHours() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, CRISIS, "KGZ", "1993-03-03");
        String number = jdbc.sql("select case_number from protection_case where id = ?").param(caseId).query(String.class).single();
        mvc.perform(post("/protection/glass").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername("social"))).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("caseNumber", number).param("reason", "Person brought to the hospital at night by the police"))
                .andExpect(status().is3xxRedirection());
        var grant = jdbc.sql("select granted_at, expires_at from protection_glass_grant where case_id = ?").param(caseId)
                .query((rs, n) -> java.time.Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).single();
        assertThat(grant).isEqualTo(java.time.Duration.ofHours(4));
    }
}
