package kz.koshi.access;

import jakarta.servlet.http.HttpSession;
import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class WebSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDemoOfficerLogsInAndTheLoginIsAudited() throws Exception {
        long before = audited("LOGIN_SUCCEEDED", "border");
        mvc.perform(formLogin("/login").user("border").password(DemoAccess.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        assertThat(audited("LOGIN_SUCCEEDED", "border")).isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageAndAudited() throws Exception {
        long before = audited("LOGIN_FAILED", "police");
        mvc.perform(formLogin("/login").user("police").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audited("LOGIN_FAILED", "police")).isEqualTo(before + 1);
        mvc.perform(get("/login").param("error", "").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong user name or password.")));
        jdbc.sql("update officer set failed_logins = 0 where username = 'police'").update();
    }

    @Test
    void loginChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(formLogin("/login").user("labour").password(DemoAccess.PASSWORD)).andReturn();
        HttpSession after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
    }

    @Test
    void aSignedInOfficersFormWithoutAValidCsrfTokenIsRefusedAndAuditedUnderTheirName() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("labour").password(DemoAccess.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        long before = audited("CSRF_REJECTED", "labour");
        mvc.perform(post("/logout").session(session).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(audited("CSRF_REJECTED", "labour")).isEqualTo(before + 1);
    }

    @Test
    void anExpiredSessionSendsTheOfficerBackToLogin() throws Exception {
        mvc.perform(get("/").with(request -> {
            request.setRequestedSessionId("expired-session-id");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("analyst").password(DemoAccess.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        long before = audited("LOGOUT", "analyst");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(audited("LOGOUT", "analyst")).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(roles = "SOCIAL_WORKER")
    void anOfficerWithoutTheRoleGetsTheForbiddenPageAndTheAttemptIsAudited() throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry where action = 'PAGE_ACCESS_DENIED'").query(Long.class).single();
        mvc.perform(get("/admin/officers").accept("text/html").param("lang", "en"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAGE_ACCESS_DENIED'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    private long audited(String action, String actor) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and actor = ?").params(action, actor)
                .query(Long.class).single();
    }
}
