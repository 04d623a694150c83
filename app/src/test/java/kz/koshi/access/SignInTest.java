package kz.koshi.access;

import java.time.Instant;
import java.util.Set;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.AddressHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-in is slowed down by source address, not by locking accounts: a real and a made-up user name get
 * the same answers, and no one can lock a colleague out. Each test signs in from addresses of its own.
 */
@DatabaseTest
class SignInTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficerRepository officers;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    SecurityProperties properties;
    @Autowired
    AddressHash addresses;

    @Test
    void aRealAndAMadeUpUserNameGetTheSameAnswersBeforeAndAfterTheThrottle() throws Exception {
        officer("samename");
        for (int i = 0; i < properties.maxFailedLogins(); i++) {
            String username = i % 2 == 0 ? "samename" : "made-up-name";
            signIn("192.0.2.10", username, "wrong-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn("192.0.2.10", "samename", "wrong-again").andExpect(redirectedUrl("/login?throttled"));
        signIn("192.0.2.10", "made-up-name", "wrong-again").andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void failuresFromOneAddressNeverLockTheAccountForEveryoneElse() throws Exception {
        officer("victim.of.guessing");
        for (int i = 0; i < properties.maxFailedLogins() + 3; i++) {
            signIn("192.0.2.20", "victim.of.guessing", "guess-" + i);
        }
        signIn("192.0.2.20", "victim.of.guessing", PASSWORD).andExpect(redirectedUrl("/login?throttled"));
        signIn("192.0.2.21", "victim.of.guessing", PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(officers.findByUsername("victim.of.guessing").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void theFailuresAreCountedInTheDatabaseBySourceAddress() throws Exception {
        signIn("192.0.2.30", "nobody-at-all", "wrong").andExpect(redirectedUrl("/login?error"));
        signIn("192.0.2.30", "nobody-at-all", "wrong").andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select sum(failures) from login_failure where address_hash = ?").param(addresses.of("192.0.2.30"))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aThrottledSignInIsCountedAsAnAnonymousRefusalNotOneEntryEach() throws Exception {
        for (int i = 0; i < properties.maxFailedLogins() + 5; i++) {
            signIn("192.0.2.40", "someone", "wrong-" + i);
        }
        assertThat(jdbc.sql("select sum(refusals) from anonymous_refusal where address_hash = ? and kind = 'LOGIN_THROTTLED'")
                .param(addresses.of("192.0.2.40"))
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void theLoginPageExplainsTheThrottleInEveryLanguage() throws Exception {
        mvc.perform(get("/login").param("throttled", "").param("lang", "en"))
                .andExpect(content().string(containsString("Too many failed sign-in attempts from this address")));
        mvc.perform(get("/login").param("throttled", "").param("lang", "kk"))
                .andExpect(content().string(containsString("Осы мекенжайдан сәтсіз кіру әрекеттері тым көп")));
    }

    private ResultActions signIn(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private void officer(String username) {
        if (!officers.usernameTaken(username)) {
            long id = officers.insert(username, "Test Officer", "MVD-MIGRATION", passwords.encode(PASSWORD), Instant.now());
            officers.replaceRoles(id, Set.of(Role.MIGRATION_OFFICER));
        }
    }
}
