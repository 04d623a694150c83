package kz.koshi.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
@WithUserDetails("admin")
class AdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficerRepository officers;

    @Test
    void anAdministratorCreatesAnOfficerAndItIsAudited() throws Exception {
        mvc.perform(post("/admin/officers").with(csrf()).param("username", "aigul.border").param("fullName", "Айгүл Серікқызы")
                        .param("agencyCode", "KNB-BORDER").param("roles", "BORDER_OFFICER").param("initialPassword", "a-long-password-1"))
                .andExpect(redirectedUrl("/admin/officers"));
        Officer created = officers.findByUsername("aigul.border").orElseThrow();
        assertThat(created.roles()).containsExactly(Role.BORDER_OFFICER);
        assertThat(created.passwordHash()).startsWith("{bcrypt}").doesNotContain("a-long-password-1");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'OFFICER_CREATED' and subject_id = ?")
                .param(String.valueOf(created.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRoleTheAgencyMayNotHoldIsAFieldErrorAndNothingIsStored() throws Exception {
        mvc.perform(post("/admin/officers").with(csrf()).param("username", "wrong.role").param("fullName", "Test")
                        .param("agencyCode", "CAREER-KZ-71").param("roles", "SOCIAL_WORKER").param("initialPassword", "a-long-password-1")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose roles that this agency may hold.")));
        assertThat(officers.usernameTaken("wrong.role")).isFalse();
    }

    @Test
    void blankAndShortFieldsAreFieldErrors() throws Exception {
        mvc.perform(post("/admin/officers").with(csrf()).param("username", "X!").param("fullName", "")
                        .param("agencyCode", "").param("initialPassword", "short").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")))
                .andExpect(content().string(containsString("The password must have 12 to 128 characters.")))
                .andExpect(content().string(containsString("lower-case Latin letters")));
    }

    @Test
    void anIssuedTokenIsShownOnceWorksAndStopsWorkingWhenRevoked() throws Exception {
        String page = mvc.perform(post("/admin/tokens").with(csrf()).param("name", "Berkut gateway test")
                        .param("agencyCode", "KNB-BORDER").param("scopes", "REFERENCE_READ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("id=\"issued-secret\">(koshi_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(secret.find()).isTrue();
        String token = secret.group(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or token_hint = ?").params(token, token)
                .query(Long.class).single()).isZero();

        mvc.perform(get("/admin/tokens")).andExpect(content().string(not(containsString(token))));
        mvc.perform(get("/api/v1/reference/regions").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());

        long id = jdbc.sql("select id from api_token where name = 'Berkut gateway test'").query(Long.class).single();
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(csrf()).param("reason", "Gateway retired").param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/tokens"));
        mvc.perform(get("/api/v1/reference/regions").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void revokingATokenAsksForAReasonAndAConfirmationOnAPageOfItsOwn() throws Exception {
        String page = mvc.perform(post("/admin/tokens").with(csrf()).param("name", "Revocation test gateway")
                        .param("agencyCode", "KNB-BORDER").param("scopes", "REFERENCE_READ"))
                .andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("id=\"issued-secret\">(koshi_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(secret.find()).isTrue();
        long id = jdbc.sql("select id from api_token where name = 'Revocation test gateway'").query(Long.class).single();

        mvc.perform(get("/admin/tokens").param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/admin/tokens/" + id + "/revoke\"")));
        mvc.perform(get("/admin/tokens/" + id + "/revoke").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke the token “Revocation test gateway”?")))
                .andExpect(content().string(containsString("cannot be undone")))
                .andExpect(content().string(containsString("name=\"reason\"")))
                .andExpect(content().string(containsString("name=\"confirmed\"")));

        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(csrf()).param("lang", "en").param("reason", "Gateway retired"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Confirm the action: tick the box.")));
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(csrf()).param("lang", "en").param("reason", " ").param("confirmed", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the reason for revoking.")));
        mvc.perform(get("/api/v1/reference/regions").header("Authorization", "Bearer " + secret.group(1))).andExpect(status().isOk());

        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(csrf()).param("reason", "Gateway retired, contract 14/26 ended")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/tokens"));
        mvc.perform(get("/api/v1/reference/regions").header("Authorization", "Bearer " + secret.group(1))).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select revoke_reason from api_token where id = ?").param(id).query(String.class).single())
                .isEqualTo("Gateway retired, contract 14/26 ended");
        assertThat(jdbc.sql("select reason_key || ' ' || reason from audit_entry where action = 'API_TOKEN_REVOKED' and subject_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).isEqualTo("audit.reason.officers-words Gateway retired, contract 14/26 ended");

        // Revoking it again does not rewrite the revocation: who, when and why stay as recorded.
        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(csrf()).param("reason", "Another reason").param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/tokens")).andExpect(flash().attribute("notice", "token.already-revoked"));
        assertThat(jdbc.sql("select revoke_reason from api_token where id = ?").param(id).query(String.class).single())
                .isEqualTo("Gateway retired, contract 14/26 ended");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'API_TOKEN_REVOKED' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aScopeTheAgencyMayNotHoldIsRefused() throws Exception {
        mvc.perform(post("/admin/tokens").with(csrf()).param("name", "Career centre overreach")
                        .param("agencyCode", "CAREER-KZ-71").param("scopes", "PROTECTION_READ").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose scopes that this agency may hold.")))
                .andExpect(content().string(not(containsString("issued-secret"))));
    }

    @Test
    void theAuditViewerFiltersAndVerifies() throws Exception {
        mvc.perform(get("/admin/audit").param("action", "DEMO_OFFICER_CREATED").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("DEMO_OFFICER_CREATED")));
        mvc.perform(post("/admin/audit/verification").with(csrf()).header("HX-Request", "true").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The chain is intact")));
    }

    @Test
    @WithUserDetails("prosecutor")
    void aProsecutorReadsTheAuditTrailButNotTheOfficers() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isOk());
        mvc.perform(get("/admin/officers")).andExpect(status().isForbidden());
    }
}
