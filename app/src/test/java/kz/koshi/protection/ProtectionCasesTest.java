package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hand-overs, declines, the reflection period running out, statistics and who decides extensions. */
@DatabaseTest
@RecordApplicationEvents
class ProtectionCasesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CaseManagement cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    kz.koshi.identity.IdentityResolution identity;
    @Autowired
    PersonMergeListener merges;
    @Autowired
    PersonSplitListener splits;

    @Test
    void anAcceptedReferralHandsTheWholeCaseOverAndTheOldOfficeNoLongerSeesIt() throws Exception {
        long caseId = new ProtectionWebTest().withMvc(mvc, users).screenAs("social");
        long referral = referTo(caseId, "CRISIS-KZ-10");
        mvc.perform(post("/protection/referrals/{id}/decision", referral).with(as(abaiWorker())).with(csrf()).param("accept", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/protection/cases/{id}", caseId).with(as("social"))).andExpect(status().isForbidden());
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as(abaiWorker())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Crisis centre: Abai Region")))
                .andExpect(content().string(containsString("Case handed over")));
    }

    @Test
    void closingACaseFromTheFormNeedsATickedConfirmation() throws Exception {
        long caseId = new ProtectionWebTest().withMvc(mvc, users).screenAs("social");
        String today = java.time.LocalDate.now().toString();
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("social")))
                .andExpect(content().string(containsString("I confirm closing the case")));
        mvc.perform(post("/protection/cases/{id}/closure", caseId).with(as("social")).with(csrf())
                        .param("reason", "REPATRIATED").param("closedOn", today))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("alert", "form.confirm.required"));
        assertThat(jdbc.sql("select status from protection_case where id = ?").param(caseId).query(String.class).single())
                .isNotEqualTo("CLOSED");
        mvc.perform(post("/protection/cases/{id}/closure", caseId).with(as("social")).with(csrf())
                        .param("reason", "REPATRIATED").param("closedOn", today).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from protection_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("CLOSED");
    }

    @Test
    void aDeclinedReferralKeepsItsReasonAndTheCaseGoesBackToOpen() throws Exception {
        long caseId = new ProtectionWebTest().withMvc(mvc, users).screenAs("social");
        long referral = referTo(caseId, "CRISIS-KZ-10");
        mvc.perform(post("/protection/referrals/{id}/decision", referral).with(as(abaiWorker())).with(csrf()).param("accept", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from protection_referral where id = ?").param(referral).query(String.class).single())
                .isEqualTo("PENDING");
        mvc.perform(post("/protection/referrals/{id}/decision", referral).with(as(abaiWorker())).with(csrf())
                .param("accept", "false").param("reason", "NEEDS_NOT_MET")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select decline_reason from protection_referral where id = ?").param(referral).query(String.class).single())
                .isEqualTo("NEEDS_NOT_MET");
        assertThat(jdbc.sql("select status from protection_case where id = ?").param(caseId).query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void aReflectionPeriodThatRunsOutEndsAndStayIsTold() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "AFG", "1990-01-01");
        LocalDate today = LocalDate.now();
        jdbc.sql("update protection_case set reflection_ends_on = ? where id = ?").params(today.minusDays(1), caseId).update();
        cases.endExpiredReflectionPeriods(today);
        String person = jdbc.sql("select person_number from protection_case where id = ?").param(caseId).query(String.class).single();
        assertThat(events.stream(ReflectionPeriodEnded.class))
                .contains(new ReflectionPeriodEnded(person, today.minusDays(1)));
        assertThat(jdbc.sql("select reflection_ended_on from protection_case where id = ?").param(caseId)
                .query(LocalDate.class).single()).isEqualTo(today.minusDays(1));
    }

    @Test
    void theOldStatisticsApiLeadsToTheProtectionPanelForReadersOfStatisticsOnly() throws Exception {
        mvc.perform(get("/api/v1/protection/statistics").param("year", "2025").header("Authorization", "Bearer koshi-demo-commission"))
                .andExpect(status().isPermanentRedirect())
                .andExpect(header().string("Location", "/api/v1/reports/panels/PROTECTION?from=2025-01-01&to=2025-12-31"));
        mvc.perform(get("/api/v1/protection/statistics").param("year", "20x6").header("Authorization", "Bearer koshi-demo-labour"))
                .andExpect(status().isPermanentRedirect()).andExpect(header().string("Location", "/api/v1/reports/panels/PROTECTION"));
        mvc.perform(get("/api/v1/protection/statistics").param("year", "2026").header("Authorization", ProtectionApiTest.CRISIS))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyASupervisorDecidesAnExtension() throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, ProtectionApiTest.CRISIS);
        String body = mvc.perform(post("/api/v1/protection/cases/{id}/extensions", caseId).header("Authorization", ProtectionApiTest.CRISIS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"HOSPITALISATION\",\"until\":\"" + LocalDate.now().plusMonths(7) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long extension = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/protection/extensions/{id}/decision", extension).with(as("social")).with(csrf()).param("approve", "true"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from protection_extension where id = ?").param(extension).query(String.class).single())
                .isEqualTo("PENDING");
        mvc.perform(post("/protection/extensions/{id}/decision", extension).with(as("supervisor")).with(csrf()).param("approve", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select period_ends_on from protection_case where id = ?").param(caseId).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now().plusMonths(7));
    }

    @Test
    void thePersonIsResolvedThroughTheIdentityRegistryAndFollowsAMerge() throws Exception {
        long first = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "UZB", "1990-04-02");
        String person = jdbc.sql("select person_number from protection_case where id = ?").param(first).query(String.class).single();
        assertThat(identity.person(person)).isPresent();
        String recordId = jdbc.sql("select identity_record_id from protection_case where id = ?").param(first).query(String.class).single();
        assertThat(recordId).matches("cc-[0-9a-f-]{36}");

        // The listener runs after the identity module's transaction, on its own thread: wait for it.
        merges.on(new kz.koshi.identity.PersonsMerged("KP999999999", person));
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                "select person_number from protection_case where id = ?").param(first).query(String.class).single())
                .isEqualTo("KP999999999"));
        assertThat(jdbc.sql("select count(*) from protection_case where person_number = ?").param(person).query(Long.class).single()).isZero();
    }

    @Test
    void whenAMergeIsUndoneTheCaseFollowsItsOwnRecord() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "KGZ", "1993-06-21");
        String person = jdbc.sql("select person_number from protection_case where id = ?").param(caseId).query(String.class).single();
        String recordId = jdbc.sql("select identity_record_id from protection_case where id = ?").param(caseId).query(String.class).single();
        // The registry moved the crisis centre's record to a person of its own (a merge undone by a reviewer).
        String restored = jdbc.sql("select person_number from identity_person where person_number <> ? and status = 'ACTIVE' "
                + "order by id limit 1").param(person).query(String.class).single();
        jdbc.sql("update identity_source_record set person_number = ? where source = 'crisis_centre' and source_record_id = ?")
                .params(restored, recordId).update();

        // The listener runs on its own thread, like every module listener: wait for it.
        splits.on(new kz.koshi.identity.PersonSplit(person, restored));

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql(
                "select person_number from protection_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo(restored));
    }

    @Test
    void theSameEmployerAndRecruiterAcrossCasesAreSeenByInvestigatorsWithoutTheVictims() throws Exception {
        long first = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "UZB", "1996-03-03");
        long second = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "TJK", "1997-04-04");
        for (long caseId : new long[] {first, second}) {
            for (String party : new String[] {
                    "{\"role\":\"EMPLOYER\",\"kind\":\"ORGANISATION\",\"label\":\"Teplitsa LLP\",\"businessId\":\"120340012345\"}",
                    "{\"role\":\"RECRUITER\",\"kind\":\"PERSON\",\"surname\":\"Karimov\",\"givenName\":\"Rustam\",\"birthDate\":\"1979-12-01\",\"citizenship\":\"UZB\"}",
                    "{\"role\":\"PLACE_OF_EXPLOITATION\",\"kind\":\"PLACE\",\"label\":\"Greenhouse at km 12\",\"regionCode\":\"KZ-19\"}"}) {
                mvc.perform(post("/api/v1/protection/cases/{id}/parties", caseId).header("Authorization", ProtectionApiTest.CRISIS)
                        .contentType(MediaType.APPLICATION_JSON).content(party)).andExpect(status().isCreated());
            }
        }
        mvc.perform(post("/api/v1/protection/cases/{id}/parties", first).header("Authorization", ProtectionApiTest.CRISIS)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"EMPLOYER\",\"kind\":\"ORGANISATION\"}"))
                .andExpect(status().isBadRequest());
        String json = mvc.perform(get("/api/v1/protection/parties/recurring").header("Authorization", "Bearer koshi-demo-prosecutor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == '120340012345')].cases").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(2))))
                .andExpect(jsonPath("$[?(@.kind == 'PLACE')]").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String caseNumber = jdbc.sql("select case_number from protection_case where id = ?").param(first).query(String.class).single();
        String person = jdbc.sql("select person_number from protection_case where id = ?").param(first).query(String.class).single();
        assertThat(json).doesNotContain(caseNumber).doesNotContain(person).doesNotContain("Testova");
        mvc.perform(get("/protection/parties").param("lang", "en").with(as("prosecutor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("120340012345")));
        mvc.perform(get("/protection/parties").with(as("social"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/protection/parties/recurring").header("Authorization", ProtectionApiTest.CRISIS))
                .andExpect(status().isForbidden());
    }

    private long referTo(long caseId, String centre) throws Exception {
        mvc.perform(post("/protection/cases/{id}/referrals", caseId).with(as("social")).with(csrf())
                .param("toAgency", centre).param("needs", "MEDICAL").param("consent", "true")).andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from protection_referral where case_id = ?").param(caseId).query(Long.class).single();
    }

    /** A social worker of the Abai crisis centre, created through the administrator's form once. */
    private String abaiWorker() throws Exception {
        if (jdbc.sql("select count(*) from officer where username = 'abai.social'").query(Long.class).single() == 0) {
            mvc.perform(post("/admin/officers").with(as("admin")).with(csrf()).param("username", "abai.social")
                    .param("fullName", "Abai Social Worker").param("agencyCode", "CRISIS-KZ-10").param("roles", "SOCIAL_WORKER")
                    .param("initialPassword", "Koshi-test-2026-abai")).andExpect(status().is3xxRedirection());
        }
        return "abai.social";
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
