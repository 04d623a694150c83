package kz.koshi.protection;

import java.util.Map;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The crisis centres' places and services: who keeps them, and referrals matched against them. */
@DatabaseTest
class ProtectionCentresTest {

    private static final String OWN = "CRISIS-KZ-71";
    private static final String OTHER = "CRISIS-KZ-10";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private Map<String, Object> own;

    @BeforeEach
    void remember() {
        own = jdbc.sql("select capacity, services from protection_centre where agency_code = ?").param(OWN).query().singleRow();
    }

    @AfterEach
    void restore() {
        jdbc.sql("update protection_centre set capacity = ?, services = ? where agency_code = ?")
                .params(own.get("capacity"), own.get("services"), OWN).update();
    }

    @Test
    void theCentresSupervisorKeepsItsPlacesAndServicesAudited() throws Exception {
        long audits = audits("CENTRE_UPDATED");
        mvc.perform(post("/protection/centres/{code}", OWN).with(as("supervisor")).with(csrf())
                        .param("capacity", "25").param("services", "MEDICAL", "LEGAL", "PSYCHOLOGICAL"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "protection.centre.saved"));
        assertThat(centre(OWN)).containsEntry("CAPACITY", 25).containsEntry("SERVICES", "LEGAL,MEDICAL,PSYCHOLOGICAL")
                .containsEntry("UPDATED_BY", "supervisor");
        assertThat(audits("CENTRE_UPDATED")).isEqualTo(audits + 1);
        mvc.perform(get("/protection/centres").param("lang", "en").with(as("supervisor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Last changed by Мария Ким")));
        mvc.perform(get("/api/v1/protection/centres").header("Authorization", ProtectionApiTest.CRISIS))
                .andExpect(jsonPath("$[?(@.agencyCode == 'CRISIS-KZ-71')].services[*]").value(
                        org.hamcrest.Matchers.containsInAnyOrder("MEDICAL", "LEGAL", "PSYCHOLOGICAL")));
    }

    @Test
    void anotherCentresSupervisorASocialWorkerOrBadInputChangeNothing() throws Exception {
        Map<String, Object> other = centre(OTHER);
        long denied = audits("CENTRE_UPDATE_DENIED");
        mvc.perform(post("/protection/centres/{code}", OTHER).with(as("supervisor")).with(csrf())
                        .param("capacity", "1").param("services", "MEDICAL"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("alert", "protection.centre.not-yours"));
        assertThat(audits("CENTRE_UPDATE_DENIED")).isEqualTo(denied + 1);
        mvc.perform(post("/protection/centres/{code}", OWN).with(as("social")).with(csrf())
                .param("capacity", "1").param("services", "MEDICAL")).andExpect(status().isForbidden());
        mvc.perform(post("/protection/centres/{code}", OWN).with(as("supervisor")).with(csrf()).param("capacity", "-1"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("alert", "protection.form.invalid"));
        assertThat(centre(OTHER)).isEqualTo(other);
        assertThat(centre(OWN)).containsEntry("CAPACITY", own.get("capacity")).containsEntry("SERVICES", own.get("services"));
    }

    @Test
    void onlyTheCentresOwnSystemKeepsItThroughTheApi() throws Exception {
        api(ProtectionApiTest.CRISIS, OWN, "{\"capacity\":20,\"services\":[\"LEGAL\",\"MEDICAL\"]}").andExpect(status().isOk());
        assertThat(centre(OWN)).containsEntry("CAPACITY", 20);
        assertThat((String) centre(OWN).get("UPDATED_BY")).startsWith("system:");
        api(ProtectionApiTest.CRISIS, OTHER, "{\"capacity\":1,\"services\":[\"LEGAL\"]}")
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api("Bearer koshi-demo-police", OWN, "{\"capacity\":1,\"services\":[\"LEGAL\"]}").andExpect(status().isForbidden());
        api(ProtectionApiTest.CRISIS, OWN, "{\"capacity\":5,\"services\":[]}").andExpect(status().isBadRequest());
        assertThat(centre(OWN)).containsEntry("CAPACITY", 20);
    }

    @Test
    void referralsAreMatchedAgainstTheServicesACentreOffers() throws Exception {
        jdbc.sql("update protection_centre set services = 'LEGAL,MEDICAL' where agency_code = ?").param(OWN).update();
        long caseId = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "KAZ", "1984-08-08");
        mvc.perform(post("/api/v1/protection/cases/{id}/referrals", caseId).header("Authorization", ProtectionApiTest.CRISIS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toAgency\":\"CRISIS-KZ-71\",\"needs\":[\"MEDICAL\",\"PEDAGOGICAL\"],\"consent\":true}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("needs"));
        assertThat(jdbc.sql("select count(*) from protection_referral where case_id = ?").param(caseId).query(Long.class).single()).isZero();

        mvc.perform(get("/api/v1/protection/centres").param("needs", "MEDICAL", "PEDAGOGICAL").param("region", "KZ-10")
                        .header("Authorization", ProtectionApiTest.CRISIS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agencyCode == 'CRISIS-KZ-71')]").isEmpty())
                .andExpect(jsonPath("$[0].regionCode").value("KZ-10"));
        mvc.perform(get("/protection/centres/options").param("needs", "MEDICAL").param("region", "KZ-71").with(as("social")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"CRISIS-KZ-71\"")));
        mvc.perform(get("/protection/centres/options").param("needs", "PEDAGOGICAL").param("region", "KZ-71").with(as("social")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("value=\"CRISIS-KZ-71\""))));
    }

    private ResultActions api(String token, String code, String json) throws Exception {
        return mvc.perform(put("/api/v1/protection/centres/{code}", code).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private Map<String, Object> centre(String code) {
        return jdbc.sql("select capacity, services, updated_by from protection_centre where agency_code = ?").param(code)
                .query().singleRow().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toUpperCase(), e -> e.getValue() == null ? "" : e.getValue()));
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ?").param(action).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
