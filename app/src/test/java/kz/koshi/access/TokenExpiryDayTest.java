package kz.koshi.access;

import java.time.Instant;
import java.time.OffsetDateTime;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/** A token that expires on a day stops working when that day begins in Astana (19:00 UTC the day before). */
@DatabaseTest
@WithUserDetails("admin")
class TokenExpiryDayTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenExpiresAtMidnightInAstanaAndTheListShowsThatDay() throws Exception {
        mvc.perform(post("/admin/tokens").with(csrf()).param("name", "Expiry day gateway").param("agencyCode", "KNB-BORDER")
                .param("scopes", "REFERENCE_READ").param("expiresOn", "2027-03-10")).andExpect(status().isOk());
        Instant expires = jdbc.sql("select expires_at from api_token where name = 'Expiry day gateway'").query(OffsetDateTime.class)
                .single().toInstant();
        assertThat(expires).isEqualTo(Instant.parse("2027-03-09T19:00:00Z"));
        mvc.perform(get("/admin/tokens")).andExpect(content().string(containsString("2027-03-10")));
    }
}
