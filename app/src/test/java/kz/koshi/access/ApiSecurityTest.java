package kz.koshi.access;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.AddressHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AddressHash addresses;

    @Test
    void withoutATokenTheApiAnswers401AsProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/reference/regions"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:unauthenticated"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anUnknownTokenIsRefusedAndCounted() throws Exception {
        mvc.perform(get("/api/v1/reference/regions").header("Authorization", "Bearer koshi-made-up").with(r -> {
                    r.setRemoteAddr("203.0.113.61");
                    return r;
                }))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:unauthenticated"));
        assertThat(jdbc.sql("select sum(refusals) from anonymous_refusal where address_hash = ? and kind = 'API_TOKEN_REJECTED'")
                .param(addresses.of("203.0.113.61"))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTokenWithoutTheScopeGets403AsProblemDetailAndTheRefusalIsAudited() throws Exception {
        long before = count("API_ACCESS_DENIED");
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:forbidden"));
        assertThat(count("API_ACCESS_DENIED")).isEqualTo(before + 1);
    }

    @Test
    void aTokenWithTheScopeIsServed() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer koshi-demo-prosecutor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void anOfficersSessionCookieDoesNotOpenTheApi() throws Exception {
        mvc.perform(get("/api/v1/reference/regions").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void malformedJsonIs400WithAStableTypeAndNoStackTrace() throws Exception {
        mvc.perform(post("/api/v1/identity/records").header("Authorization", "Bearer koshi-demo-border")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"border\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:malformed-request"))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at "))));
    }

    @Test
    void aValidationErrorNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/identity/records").header("Authorization", "Bearer koshi-demo-border")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"border\", \"recordId\": \"b-1\", \"surname\": \"YUSUPOV\", \"birthDate\": \"12.03.1994\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
    }

    @Test
    void healthAndInfoArePublicButMetricsNeedTheScope() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer koshi-demo-border")).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("jvm_memory")));
    }

    @Test
    void theOpenApiDocumentIsPublished() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/identity/records']").exists());
    }

    private long count(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ?").param(action).query(Long.class).single();
    }
}
