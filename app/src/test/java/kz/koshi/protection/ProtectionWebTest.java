package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Confidentiality through the screens: who sees a case, break-the-glass, and the career centre's blind view. */
@DatabaseTest
class ProtectionWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aWorkerOpeningACaseNotTheirsIsRefusedAndTheRefusalAudited() throws Exception {
        long caseId = screenAs("supervisor");
        long denied = audits("CASE_READ_DENIED", caseId);
        long reads = audits("CASE_READ", caseId);
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("social")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Break the glass")))
                .andExpect(content().string(not(containsString("Passport taken"))));
        assertThat(audits("CASE_READ_DENIED", caseId)).isEqualTo(denied + 1);
        assertThat(audits("CASE_READ", caseId)).isEqualTo(reads);
    }

    @Test
    void everyReadOfACaseIsAudited() throws Exception {
        long caseId = screenAs("social");
        long reads = audits("CASE_READ", caseId);
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("social")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Passport taken")));
        mvc.perform(get("/protection/cases/{id}/htcds", caseId).with(as("social"))).andExpect(status().isOk());
        assertThat(audits("CASE_READ", caseId)).isEqualTo(reads + 2);
        assertThat(jdbc.sql("select grounds from protection_case where id = ?").param(caseId).query(String.class).single())
                .startsWith("v1:").doesNotContain("Passport");
    }

    @Test
    void breakingTheGlassNeedsAReasonIsAuditedTimeLimitedAndReportedToTheSupervisor() throws Exception {
        long caseId = screenAs("supervisor");
        String number = jdbc.sql("select case_number from protection_case where id = ?").param(caseId).query(String.class).single();
        mvc.perform(post("/protection/glass").with(as("social")).with(csrf()).param("caseNumber", number).param("reason", "short"))
                .andExpect(status().isOk());
        assertThat(audits("CASE_BREAK_THE_GLASS", caseId)).isZero();

        mvc.perform(post("/protection/glass").with(as("social")).with(csrf()).param("caseNumber", number)
                        .param("reason", "Person at the hospital tonight, supervisor unreachable"))
                .andExpect(redirectedUrl("/protection/cases/" + caseId));
        assertThat(audits("CASE_BREAK_THE_GLASS", caseId)).isEqualTo(1);
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("social")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Break-the-glass: read only")));
        assertThat(jdbc.sql("select count(*) from protection_glass_grant where case_id = ? and expires_at > granted_at")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/protection/supervision").param("lang", "en").with(as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(number), containsString("supervisor unreachable"))));
        mvc.perform(post("/protection/cases/{id}/notes", caseId).with(as("social")).with(csrf()).param("text", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCareerCentreSeesAnEmploymentRequestAndNothingOfVictimStatus() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "KAZ", "1992-02-02");
        mvc.perform(post("/api/v1/protection/cases/{id}/outcomes", caseId).header("Authorization", ProtectionApiTest.CRISIS)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"EMPLOYMENT_REFERRAL\",\"recordedOn\":\"" + LocalDate.now() + "\",\"contactPhone\":\"+7 701 000 00 00\",\"sharedChannels\":[\"PHONE\"]}"))
                .andExpect(status().isCreated());
        String person = jdbc.sql("select person_number from protection_case where id = ?").param(caseId).query(String.class).single();
        String caseNumber = jdbc.sql("select case_number from protection_case where id = ?").param(caseId).query(String.class).single();
        for (String lang : new String[] {"ru", "kk", "en"}) {
            String body = mvc.perform(get("/employment").param("lang", lang).with(as("career")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            // The page's own content; the platform's header names the platform, not the person.
            String page = body.substring(body.indexOf("<main"), body.indexOf("</main>"));
            assertThat(page).contains(person, "+7 701 000 00 00").doesNotContain(caseNumber)
                    .doesNotContainIgnoringCase("victim").doesNotContainIgnoringCase("trafficking")
                    .doesNotContainIgnoringCase("жертв").doesNotContainIgnoringCase("құрбан")
                    .doesNotContainIgnoringCase("кризис").doesNotContainIgnoringCase("дағдарыс").doesNotContainIgnoringCase("crisis")
                    .doesNotContain("/protection");
        }
        String json = mvc.perform(get("/api/v1/employment/support-requests").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].personNumber").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains(person).doesNotContain(caseNumber).doesNotContainIgnoringCase("case")
                .doesNotContainIgnoringCase("victim").doesNotContainIgnoringCase("crisis");
        mvc.perform(get("/protection").with(as("career"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/protection/centres").header("Authorization", "Bearer koshi-demo-career")).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorExportsAPersonsOwnDataOnALawfulRequestAndItIsAudited() throws Exception {
        long caseId = screenAs("social");
        mvc.perform(post("/protection/cases/{id}/subject-export", caseId).with(as("social")).with(csrf()).param("basis", "Request 12/2026"))
                .andExpect(status().isForbidden());
        long before = audits("SUBJECT_DATA_EXPORTED", caseId);
        mvc.perform(post("/protection/cases/{id}/subject-export", caseId).with(as("supervisor")).with(csrf()).param("basis", "Request 12/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.case.grounds").value("Passport taken; threatened with her family."))
                .andExpect(jsonPath("$.person.name").value("Aigerim"));
        assertThat(audits("SUBJECT_DATA_EXPORTED", caseId)).isEqualTo(before + 1);
    }

    @Test
    void theProtectionPagesRenderInEveryLanguage() throws Exception {
        long caseId = screenAs("social");
        for (String lang : new String[] {"ru", "kk", "en"}) {
            for (String page : new String[] {"/protection", "/protection/screenings/new", "/protection/centres",
                    "/protection/cases/" + caseId}) {
                mvc.perform(get(page).param("lang", lang).with(as("social"))).andExpect(status().isOk());
            }
            mvc.perform(get("/protection/supervision").param("lang", lang).with(as("supervisor"))).andExpect(status().isOk());
        }
        mvc.perform(get("/protection/supervision").with(as("social"))).andExpect(status().isForbidden());
    }

    @Test
    void aScreeningFormWithoutIndicatorsOrGroundsIsShownAgainWithNothingStored() throws Exception {
        long before = jdbc.sql("select count(*) from protection_screening").query(Long.class).single();
        mvc.perform(post("/protection/screenings").param("lang", "en").with(as("social")).with(csrf())
                        .param("pathway", "HOTLINE").param("exploitationType", "LABOUR").param("presumedVictim", "true")
                        .param("_crossBorder", "on")
                        .param("sex", "F").param("citizenship", "UZB").param("regionCode", "KZ-71"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write down the grounds for a presumed victim.")));
        assertThat(jdbc.sql("select count(*) from protection_screening").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aScreeningWithoutARegionIsShownAgainWithTheRegionsFieldErrorInRussianAndKazakh() throws Exception {
        String[][] expected = {{"ru", "Регион", "Заполните это поле."}, {"kk", "Өңір", "Бұл өрісті толтырыңыз."}};
        for (String[] lang : expected) {
            mvc.perform(post("/protection/screenings").param("lang", lang[0]).with(as("social")).with(csrf())
                            .param("pathway", "HOTLINE").param("exploitationType", "LABOUR").param("presumedVictim", "false").param("_crossBorder", "on")
                            .param("sex", "F").param("citizenship", "UZB").param("regionCode", ""))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<label for=\"regionCode\">" + lang[1] + "</label>")))
                    .andExpect(content().string(containsString("<p id=\"regionCode-error\" class=\"field-error\">" + lang[2] + "</p>")));
        }
    }

    /** A presumed victim screened through the form by the given officer; returns the case id. */
    long screenAs(String username) throws Exception {
        String location = mvc.perform(post("/protection/screenings").with(as(username)).with(csrf())
                        .param("pathway", "NGO_OUTREACH").param("exploitationType", "SEXUAL").param("crossBorder", "true")
                        .param("indicators", "DOCUMENTS_CONFISCATED", "THREATS").param("presumedVictim", "true")
                        .param("grounds", "Passport taken; threatened with her family.").param("givenName", "Aigerim")
                        .param("sex", "F").param("citizenship", "KGZ").param("regionCode", "KZ-71").param("birthDate", "1999-09-09"))
                .andExpect(redirectedUrlPattern("/protection/cases/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** For other tests that screen through the form. */
    ProtectionWebTest withMvc(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
        return this;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long audits(String action, long caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
                .params(action, String.valueOf(caseId)).query(Long.class).single();
    }
}
