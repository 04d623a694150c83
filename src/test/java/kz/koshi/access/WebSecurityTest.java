package kz.koshi.access;

import java.util.Set;

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
    @Autowired
    OfficerRepository officers;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

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
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        officer("lockme");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockme").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("lockme").password("correct-horse-battery"))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(audited("ACCOUNT_LOCKED", "lockme")).isEqualTo(1);
    }

    @Test
    void fourWrongPasswordsThenTheRightOneResetTheCount() throws Exception {
        officer("nearmiss");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("nearmiss").password("wrong-" + i));
        }
        mvc.perform(formLogin("/login").user("nearmiss").password("correct-horse-battery")).andExpect(redirectedUrl("/"));
        assertThat(officers.findByUsername("nearmiss").orElseThrow().failedLogins()).isZero();
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
    void aFormWithoutAValidCsrfTokenIsRefusedAndAudited() throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry where action = 'CSRF_REJECTED'").query(Long.class).single();
        mvc.perform(post("/login").param("username", "admin").param("password", DemoAccess.PASSWORD)
                .with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CSRF_REJECTED'").query(Long.class).single())
                .isEqualTo(before + 1);
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

    private void officer(String username) {
        if (!officers.usernameTaken(username)) {
            long id = officers.insert(username, "Test Officer", "MVD-MIGRATION", passwords.encode("correct-horse-battery"),
                    java.time.Instant.now());
            officers.replaceRoles(id, Set.of(Role.MIGRATION_OFFICER));
        }
    }

    private long audited(String action, String actor) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and actor = ?").params(action, actor)
                .query(Long.class).single();
    }
}
