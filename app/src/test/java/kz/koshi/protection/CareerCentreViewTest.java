package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The career centre's view of a request (issue 13): the person's name, region, languages, skills and the contacts they
 * agreed to share, the same for a victim's referral as for an akimat's job seeker, and never why.
 */
@DatabaseTest
class CareerCentreViewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    IdentityResolution identity;

    @Test
    void theCareerCentreOpensARequestAndSeesWhatItNeedsTheSameForAVictimAsForAJobSeeker() throws Exception {
        long caseId = screening().screen("social", "Калиева", "Мадина", "KZ-71");
        long victimRequest = referFromCase(caseId, "+7 705 100 20 30");
        String seeker = identity.resolve(new IncomingRecord("akimat", "cc-view-1", "Бекова", "Жанель", null, "1994-04-04", "F", "KAZ",
                null, null, null, null)).personNumber();
        mvc.perform(post("/employment/referrals").with(as("akimat")).with(csrf()).param("personNumber", seeker)
                        .param("programme", "AKIMAT_JOB_SEEKER").param("regionCode", "KZ-71").param("languages", "KAZAKH", "UZBEK")
                        .param("skills", "Seamstress, five years").param("contactPhone", "+7 705 100 20 31").param("sharedChannels", "PHONE"))
                .andExpect(redirectedUrlPattern("/employment/referrals*"));
        long seekerRequest = jdbc.sql("select max(id) from employment_referral where person_number = ?").param(seeker).query(Long.class).single();

        for (String lang : new String[] {"ru", "kk", "en"}) {
            String ofVictim = main(request(victimRequest, lang));
            String ofSeeker = main(request(seekerRequest, lang));
            assertThat(ofVictim).contains("Калиева Мадина", "+7 705 100 20 30", "Seamstress, five years")
                    .doesNotContainIgnoringCase("victim").doesNotContainIgnoringCase("trafficking").doesNotContainIgnoringCase("жертв")
                    .doesNotContainIgnoringCase("құрбан").doesNotContainIgnoringCase("кризис").doesNotContainIgnoringCase("дағдарыс")
                    .doesNotContainIgnoringCase("crisis").doesNotContain("/protection").doesNotContain("TIP-");
            assertThat(alike(ofVictim, "Калиева Мадина", "+7 705 100 20 30", victimRequest, person(caseId)))
                    .as("nothing on the page differs but the person").isEqualTo(alike(ofSeeker, "Бекова Жанель", "+7 705 100 20 31",
                            seekerRequest, seeker));
        }
        assertThat(main(request(victimRequest, "en"))).contains("Astana", "Kazakh", "Uzbek", "Contacts the person agreed to share");
        assertThat(main(request(victimRequest, "kk"))).contains("Астана", "қазақ тілі", "өзбек тілі");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EMPLOYMENT_REQUEST_READ' and subject_id = ?")
                .param(String.valueOf(victimRequest)).query(Long.class).single()).isEqualTo(5);
        mvc.perform(get("/api/v1/employment/support-requests/{id}", victimRequest).header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.personName").value("Калиева Мадина"))
                .andExpect(jsonPath("$.languages[0]").value("KAZAKH")).andExpect(jsonPath("$.contactEmail").doesNotExist());
    }

    @Test
    void aContactThePersonDidNotAgreeToShareIsRefusedAndNothingIsWritten() throws Exception {
        long caseId = screening().screen("social", "Калиева", "Айым", "KZ-71");
        long requests = jdbc.sql("select count(*) from employment_referral").query(Long.class).single();
        long outcomes = jdbc.sql("select count(*) from protection_outcome where case_id = ?").param(caseId).query(Long.class).single();
        mvc.perform(post("/protection/cases/{id}/outcomes", caseId).with(as("social")).with(csrf()).param("lang", "en")
                .param("kind", "EMPLOYMENT_REFERRAL").param("recordedOn", LocalDate.now().toString())
                .param("contactEmail", "aiym@example.kz")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/protection/cases/{id}/outcomes", caseId).with(as("social")).with(csrf())
                .param("kind", "DOCUMENTS_RESTORED").param("recordedOn", LocalDate.now().toString())
                .param("skills", "Cook")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from employment_referral").query(Long.class).single()).isEqualTo(requests);
        assertThat(jdbc.sql("select count(*) from protection_outcome where case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(outcomes);
        mvc.perform(post("/api/v1/employment/referrals").header("Authorization", "Bearer koshi-demo-akimat")
                        .contentType("application/json").content("{\"personNumber\":\"" + person(caseId) + "\",\"programme\":\"KANDAS\","
                                + "\"regionCode\":\"KZ-71\",\"sharedChannels\":[\"PHONE\"]}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void anotherRegionsRequestIsNotFoundForTheCareerCentre() throws Exception {
        long caseId = screening().screen("social", "Калиева", "Дана", "KZ-71");
        long request = referFromCase(caseId, "+7 705 100 20 32");
        jdbc.sql("update employment_referral set region_code = 'KZ-75' where id = ?").param(request).update();
        mvc.perform(get("/employment/{id}", request).with(as("career"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/employment/support-requests/{id}", request).header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:koshi:problem:not-found"));
        mvc.perform(get("/employment/{id}", request).with(as("social"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employment/support-requests/{id}", request).header("Authorization", "Bearer koshi-demo-crisis"))
                .andExpect(status().isForbidden());
    }

    private long referFromCase(long caseId, String phone) throws Exception {
        mvc.perform(post("/protection/cases/{id}/outcomes", caseId).with(as("social")).with(csrf())
                        .param("kind", "EMPLOYMENT_REFERRAL").param("recordedOn", LocalDate.now().toString())
                        .param("languages", "KAZAKH", "UZBEK").param("skills", "Seamstress, five years").param("contactPhone", phone)
                        .param("sharedChannels", "PHONE"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(referral_id) from protection_employment_request where case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    private String request(long id, String lang) throws Exception {
        return mvc.perform(get("/employment/{id}", id).param("lang", lang).with(as("career"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The page with the person's own values and the form's token taken out. */
    private static String alike(String page, String name, String phone, long id, String personNumber) {
        return page.replace(name, "N").replace(phone, "P").replace("№ " + id, "№ I").replace("No. " + id, "No. I").replace("/employment/" + id + "/", "/employment/I/")
                .replace(personNumber, "K").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private String person(long caseId) {
        return jdbc.sql("select person_number from protection_case where id = ?").param(caseId).query(String.class).single();
    }

    private CaseloadSearchTest screening() {
        CaseloadSearchTest cases = new CaseloadSearchTest();
        cases.mvc = mvc;
        cases.jdbc = jdbc;
        cases.users = users;
        return cases;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
