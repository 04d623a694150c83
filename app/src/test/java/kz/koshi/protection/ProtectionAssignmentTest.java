package kz.koshi.protection;

import kz.koshi.DatabaseTest;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A supervisor reassigns a case among the centre's social workers; nobody else can, and a refusal changes nothing. */
@DatabaseTest
class ProtectionAssignmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aReassignedCaseMovesToTheNewWorkersCaseloadAndTheOldWorkerLosesAccess() throws Exception {
        long caseId = new ProtectionWebTest().withMvc(mvc, users).screenAs("social");
        String number = number(caseId);
        long second = officer("second.social", "CRISIS-KZ-71", "SOCIAL_WORKER");
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("supervisor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Reassign the case")))
                .andExpect(content().string(containsString("Second Social")));

        assign(caseId, "supervisor", "WORKLOAD", second).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "protection.assignment.saved"));
        mvc.perform(get("/protection").with(as("second.social"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/protection").with(as("social"))).andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/protection/cases/{id}", caseId).with(as("social"))).andExpect(status().isForbidden());
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("second.social")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Workers on the case changed")))
                .andExpect(content().string(containsString("Workload")))
                .andExpect(content().string(containsString("Worker taken off the case")));
        assertThat(audits("CASE_REASSIGNED", caseId)).isEqualTo(1);
        mvc.perform(get("/protection/supervision").param("lang", "en").with(as("supervisor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("workload")))
                .andExpect(content().string(containsString("Second Social")));

        // Adding a worker back: both work on the case.
        assign(caseId, "supervisor", "SPECIALISATION", second, officerId("social")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/protection/cases/{id}", caseId).with(as("social"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from protection_case_worker where case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(2);
        for (String lang : new String[] {"ru", "kk", "en"}) {
            mvc.perform(get("/protection/cases/{id}", caseId).param("lang", lang).with(as("supervisor"))).andExpect(status().isOk());
        }
    }

    @Test
    void aSocialWorkerOrAnotherCentresSupervisorIsRefusedAuditedAndNothingChanges() throws Exception {
        long caseId = new ProtectionWebTest().withMvc(mvc, users).screenAs("social");
        long second = officer("second.social", "CRISIS-KZ-71", "SOCIAL_WORKER");
        officer("abai.supervisor", "CRISIS-KZ-10", "CASE_SUPERVISOR");
        long abaiWorker = officer("abai.worker", "CRISIS-KZ-10", "SOCIAL_WORKER");

        long pageRefusals = jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED' and subject_id like ?")
                .param("POST /protection/cases/" + caseId + "/assignment").query(Long.class).single();
        assign(caseId, "social", "WORKLOAD", second).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED' and subject_id like ?")
                .param("POST /protection/cases/" + caseId + "/assignment").query(Long.class).single()).isEqualTo(pageRefusals + 1);

        assign(caseId, "abai.supervisor", "WORKLOAD", abaiWorker).andExpect(status().isForbidden());
        assertThat(audits("CASE_ASSIGNMENT_DENIED", caseId)).isEqualTo(1);

        assign(caseId, "supervisor", "WORKLOAD", abaiWorker).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "protection.assignment.not-a-worker"));
        mvc.perform(post("/protection/cases/{id}/assignment", caseId).with(as("supervisor")).with(csrf())
                        .param("workers", String.valueOf(second)))
                .andExpect(flash().attribute("alert", "protection.form.invalid"));

        assertThat(jdbc.sql("select officer_id from protection_case_worker where case_id = ?").param(caseId).query(Long.class).list())
                .containsExactly(officerId("social"));
        assertThat(audits("CASE_REASSIGNED", caseId)).isZero();
    }

    @Test
    void theCentresSystemReassignsThroughTheApiOtherSystemsAreRefused() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "KAZ", "1986-02-02");
        long second = officer("second.social", "CRISIS-KZ-71", "SOCIAL_WORKER");
        mvc.perform(get("/api/v1/protection/workers").header("Authorization", ProtectionApiTest.CRISIS))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].officerId", hasItem((int) second)));
        api(ProtectionApiTest.CRISIS, caseId, "{\"workers\":[" + second + "],\"reason\":\"ABSENCE\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("select officer_id from protection_case_worker where case_id = ?").param(caseId).query(Long.class).list())
                .containsExactly(second);
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", ProtectionApiTest.CRISIS))
                .andExpect(jsonPath("$.workers[0].officerId").value((int) second))
                .andExpect(jsonPath("$.timeline[*].kind", hasItem("ASSIGNMENT_CHANGED")));

        api("Bearer koshi-demo-police", caseId, "{\"workers\":[" + officerId("social") + "],\"reason\":\"ABSENCE\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        long policeCase = ProtectionFixtures.screen(mvc, "Bearer koshi-demo-police", "KAZ", "1987-03-03", "KZ-61");
        api(ProtectionApiTest.CRISIS, policeCase, "{\"workers\":[" + second + "],\"reason\":\"ABSENCE\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(audits("CASE_ASSIGNMENT_DENIED", policeCase)).isEqualTo(1);
        api(ProtectionApiTest.CRISIS, caseId, "{\"workers\":[],\"reason\":\"ABSENCE\"}").andExpect(status().isBadRequest());
        api(ProtectionApiTest.CRISIS, caseId, "{\"workers\":[" + second + "],\"reason\":\"ABSENCE\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select officer_id from protection_case_worker where case_id = ?").param(caseId).query(Long.class).list())
                .containsExactly(second);
    }

    private ResultActions assign(long caseId, String username, String reason, long... workers) throws Exception {
        String[] ids = java.util.Arrays.stream(workers).mapToObj(String::valueOf).toArray(String[]::new);
        return mvc.perform(post("/protection/cases/{id}/assignment", caseId).with(as(username)).with(csrf())
                .param("workers", ids).param("reason", reason));
    }

    private ResultActions api(String token, long caseId, String json) throws Exception {
        return mvc.perform(post("/api/v1/protection/cases/{id}/assignment", caseId).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** An officer created through the administrator's form once; returns the id. */
    private long officer(String username, String agency, String role) throws Exception {
        if (jdbc.sql("select count(*) from officer where username = ?").param(username).query(Long.class).single() == 0) {
            String name = java.util.Arrays.stream(username.split("\\.")).map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1))
                    .collect(java.util.stream.Collectors.joining(" "));
            mvc.perform(post("/admin/officers").with(as("admin")).with(csrf()).param("username", username)
                    .param("fullName", name).param("agencyCode", agency).param("roles", role)
                    .param("initialPassword", "Koshi-test-2026-" + username)).andExpect(status().is3xxRedirection());
        }
        return officerId(username);
    }

    private long officerId(String username) {
        return jdbc.sql("select id from officer where username = ?").param(username).query(Long.class).single();
    }

    private String number(long caseId) {
        return jdbc.sql("select case_number from protection_case where id = ?").param(caseId).query(String.class).single();
    }

    private long audits(String action, long caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
                .params(action, String.valueOf(caseId)).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
