package kz.koshi.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import kz.koshi.DatabaseTest;
import kz.koshi.kandas.KandasProperties;
import kz.koshi.shared.AddressHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A caller's address is personal data: after failed sign-ins, failed survey resumes and anonymous refusals from one
 * address, no throttle table and no audit entry holds it in clear, and the counts under its keyed hash still refuse at
 * the limit.
 */
@DatabaseTest
class AddressesKeptOnlyAsHashTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AddressHash addresses;
    @Autowired
    SecurityProperties security;
    @Autowired
    KandasProperties kandas;
    @Autowired
    AnonymousRefusals anonymous;

    @Test
    void noTableHoldsTheAddressInClearAndTheLimitsStillHold() throws Exception {
        String address = "198.18." + (UUID.randomUUID().hashCode() & 0xff) + ".250";
        anonymous.summariseBefore(Instant.now().plus(1, ChronoUnit.DAYS)); // this window's cap of addresses left behind
        for (int i = 0; i < security.maxFailedLogins(); i++) {
            mvc.perform(from(address, signIn())).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(from(address, signIn())).andExpect(redirectedUrl("/login?throttled"));
        for (int i = 0; i < kandas.maxResumeFailures(); i++) {
            mvc.perform(from(address, resume())).andExpect(content().string(containsString("do not match")));
        }
        mvc.perform(from(address, resume())).andExpect(content().string(containsString("Too many attempts")));
        mvc.perform(from(address, get("/api/v1/reference/regions"))).andExpect(status().isUnauthorized());

        String hash = addresses.of(address);
        assertThat(rows("login_failure", "address_hash", hash)).isOne();
        assertThat(rows("kandas_resume_failure", "address_hash", hash)).isOne();
        assertThat(rows("anonymous_refusal", "address_hash", hash)).isEqualTo(2); // the throttled sign-in and the API call
        anonymous.summariseBefore(Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(rows("audit_entry", "subject_id", hash)).isEqualTo(2);
        for (String table : new String[] {"login_failure", "kandas_resume_failure", "anonymous_refusal", "audit_entry"}) {
            String column = table.equals("audit_entry") ? "subject_id" : "address_hash";
            assertThat(jdbc.sql("select count(*) from " + table + " where " + column + " like ?").param("%" + address + "%")
                    .query(Long.class).single()).as(table).isZero();
        }
    }

    private long rows(String table, String column, String value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder signIn() {
        return post("/login").param("username", "nobody-here").param("password", "wrong").with(csrf());
    }

    private static MockHttpServletRequestBuilder resume() {
        return post("/kandas/survey/resume").with(csrf()).param("lang", "en").param("reference", "KD-23456789")
                .param("secret", "AAAAA-BBBBB-CCCCC-DDDDD");
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
