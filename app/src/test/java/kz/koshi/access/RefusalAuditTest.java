package kz.koshi.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.AddressHash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every refusal says who was refused; callers who name no one are counted without flooding the trail, under their
 * address's keyed hash (the address itself is kept nowhere).
 */
@DatabaseTest
class RefusalAuditTest {

    record Entry(String actor, String agencyCode, String subjectId, String reasonKey, String reasonArgs) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnonymousRefusals anonymous;
    @Autowired
    AddressHash addresses;

    @Test
    void aRefusedTokenIsRecordedWithItsIdNameAndAgency() throws Exception {
        long tokenId = jdbc.sql("select id from api_token where name = 'koshi-demo-career'").query(Long.class).single();
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isForbidden());
        Entry entry = newest("API_ACCESS_DENIED");
        assertThat(entry.actor()).isEqualTo("system:koshi-demo-career");
        assertThat(entry.agencyCode()).isEqualTo("CAREER-KZ-71");
        assertThat(entry.reasonKey() + " " + entry.reasonArgs()).isEqualTo("audit.reason.refused-token IDENTIFIER::" + tokenId);
        assertThat(entry.subjectId()).isEqualTo("GET /api/v1/audit/verification");
    }

    @Test
    void aRefusedOfficerIsRecordedWithTheirIdAndAgency() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("social").password(DemoAccess.PASSWORD))
                .andReturn().getRequest().getSession(false);
        long officerId = jdbc.sql("select id from officer where username = 'social'").query(Long.class).single();
        mvc.perform(get("/admin/officers").session(session)).andExpect(status().isForbidden());
        Entry entry = newest("PAGE_ACCESS_DENIED");
        assertThat(entry.actor()).isEqualTo("social");
        assertThat(entry.agencyCode()).isEqualTo("CRISIS-KZ-71");
        assertThat(entry.reasonKey() + " " + entry.reasonArgs()).isEqualTo("audit.reason.refused-officer IDENTIFIER::" + officerId);
    }

    @Test
    void anAnonymousLoopIsCountedIntoOneEntryPerAddressAndKindOnceItsWindowCloses() throws Exception {
        String address = "198.51.100.23";
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/api/v1/reference/regions").with(from(address))).andExpect(status().isUnauthorized());
        }
        for (int i = 0; i < 7; i++) {
            mvc.perform(get("/api/v1/identity/persons").header("Authorization", "Bearer made-up-" + i).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/login").param("username", "x").param("password", "y").with(csrf().useInvalidToken()).with(from(address)))
                .andExpect(status().isForbidden());
        // Nothing per request: at most one entry per window, and this window has not closed.
        assertThat(entriesAbout(address)).hasSizeLessThan(4);

        anonymous.summariseBefore(Instant.now().plus(1, ChronoUnit.DAYS));

        assertThat(refusalsCounted("API_UNAUTHENTICATED", address)).isEqualTo(30);
        assertThat(refusalsCounted("API_TOKEN_REJECTED", address)).isEqualTo(7);
        assertThat(refusalsCounted("CSRF_REJECTED", address)).isEqualTo(1);
        assertThat(entriesAbout(address)).allSatisfy(e -> assertThat(e.actor()).isEqualTo(AnonymousRefusals.ACTOR));
        assertThat(jdbc.sql("select count(*) from anonymous_refusal where address_hash = ?").param(addresses.of(address))
                .query(Long.class).single()).isZero();
    }

    @Test
    void theScheduledSummaryLeavesTheWindowStillOpenAlone() throws Exception {
        mvc.perform(get("/api/v1/reference/regions").with(from("198.51.100.77"))).andExpect(status().isUnauthorized());
        anonymous.summariseClosedWindows();
        assertThat(jdbc.sql("select sum(refusals) from anonymous_refusal where address_hash = ?").param(addresses.of("198.51.100.77"))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(entriesAbout("198.51.100.77")).isEmpty();
    }

    @Test
    void pastTheCapOfAddressesPerWindowFurtherAddressesShareOneCount() throws Exception {
        for (int i = 0; i < 130; i++) {
            mvc.perform(get("/api/v1/reference/regions").with(from("10.77." + (i / 100) + "." + (i % 100))))
                    .andExpect(status().isUnauthorized());
        }
        anonymous.summariseBefore(Instant.now().plus(1, ChronoUnit.DAYS));
        Set<String> hashes = IntStream.range(0, 130).mapToObj(i -> addresses.of("10.77." + (i / 100) + "." + (i % 100))).collect(Collectors.toSet());
        long separately = jdbc.sql("select subject_id from audit_entry where action = 'API_UNAUTHENTICATED'").query(String.class).list()
                .stream().filter(hashes::contains).count();
        assertThat(separately).isLessThanOrEqualTo(100);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'API_UNAUTHENTICATED' and subject_id = ?")
                .param(AnonymousRefusals.OTHER_SOURCES).query(Long.class).single()).isPositive();
    }

    @Test
    void theChainStaysIntactAfterTheCountsAreWritten() throws Exception {
        mvc.perform(get("/api/v1/reference/regions").with(from("198.51.100.99"))).andExpect(status().isUnauthorized());
        assertThat(anonymous.summariseBefore(Instant.now().plus(1, ChronoUnit.DAYS))).isPositive();
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer koshi-demo-prosecutor"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
    }

    private Entry newest(String action) {
        return jdbc.sql("select actor, agency_code, subject_id, reason_key, reason_args from audit_entry where action = ? order by id desc fetch first 1 row only")
                .param(action).query(Entry.class).single();
    }

    private List<Entry> entriesAbout(String address) {
        return jdbc.sql("select actor, agency_code, subject_id, reason_key, reason_args from audit_entry where subject_type = ? and subject_id = ?")
                .params(AnonymousRefusals.SUBJECT_TYPE, addresses.of(address)).query(Entry.class).list();
    }

    /** The counts of every entry about this address and kind (a window may have closed during the test). */
    private long refusalsCounted(String action, String address) {
        return jdbc.sql("select reason_args from audit_entry where action = ? and subject_id = ?").params(action, addresses.of(address))
                .query(String.class).list().stream().mapToLong(r -> Long.parseLong(r.substring("NUMBER::".length(), r.indexOf(';')))).sum();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
