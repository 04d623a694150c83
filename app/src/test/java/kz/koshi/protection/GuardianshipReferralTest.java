package kz.koshi.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rule V7 as the law says it: a child's screening refers the child to the guardianship authority of the child's
 * region, which receives it in its own queue, accepts it, records the measures it takes and closes it; each step is
 * audited and on the case's timeline; no one else reads it.
 */
@DatabaseTest
class GuardianshipReferralTest {

    private static final String ASTANA = "GUARDIANSHIP-KZ-71";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aChildsScreeningSendsTheChildToTheGuardianshipAuthorityOfTheChildsRegion() throws Exception {
        LocalDate today = LocalDate.now();
        long almatyChild = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "KAZ", today.minusYears(15).toString(), "KZ-75");
        assertThat(authority(almatyChild)).isEqualTo("GUARDIANSHIP-KZ-75");
        assertThat(referralStatus(almatyChild)).isEqualTo("SENT");
        assertThat(timeline(almatyChild)).contains("CHILD_PROTECTION_REFERRED:GUARDIANSHIP-KZ-75");
        // Age on the day of the screening: the day before the 18th birthday is a child's, the birthday an adult's.
        long lastDayAChild = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "UZB", today.minusYears(18).plusDays(1).toString());
        assertThat(authority(lastDayAChild)).isEqualTo(ASTANA);
        long adult = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "UZB", today.minusYears(18).toString());
        assertThat(count("select count(*) from protection_guardianship_referral where case_id = ?", adult)).isZero();
        // A border officer's screening hands the case to a crisis centre; the child still goes to the region's authority.
        long atTheBorder = ProtectionFixtures.screen(mvc, "Bearer koshi-demo-border", "TJK", today.minusYears(12).toString(), "KZ-31");
        assertThat(authority(atTheBorder)).isEqualTo("GUARDIANSHIP-KZ-31");
    }

    @Test
    void theAuthorityAcceptsActsAndClosesEachStepAuditedAndOnTheCaseTimeline() throws Exception {
        long caseId = child();
        long id = referral(caseId);
        String number = caseNumber(caseId);
        mvc.perform(get("/protection/guardianship").param("lang", "en").with(as("guardian")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString("Testova"))));
        long reads = audits("GUARDIANSHIP_REFERRAL_READ", id);
        mvc.perform(get("/protection/guardianship/{id}", id).param("lang", "en").with(as("guardian")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Testova Anna")))
                .andExpect(content().string(containsString("Crisis centre: Astana")))
                .andExpect(content().string(not(containsString("Passport taken"))));
        assertThat(audits("GUARDIANSHIP_REFERRAL_READ", id)).isEqualTo(reads + 1);

        mvc.perform(post("/protection/guardianship/{id}/acceptance", id).with(as("guardian")).with(csrf()))
                .andExpect(flash().attribute("notice", "protection.guardianship.accepted"));
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf())
                        .param("measure", "TEMPORARY_PLACEMENT").param("takenOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("notice", "protection.guardianship.measure-recorded"));
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf())
                        .param("measure", "GUARDIAN_APPOINTED").param("takenOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("notice", "protection.guardianship.measure-recorded"));
        mvc.perform(post("/protection/guardianship/{id}/closure", id).with(as("guardian")).with(csrf()).param("confirmed", "true"))
                .andExpect(flash().attribute("notice", "protection.guardianship.closed"));

        assertThat(referralStatus(caseId)).isEqualTo("CLOSED");
        assertThat(timeline(caseId)).containsSubsequence("CHILD_PROTECTION_REFERRED:" + ASTANA, "GUARDIANSHIP_ACCEPTED:null",
                "GUARDIANSHIP_MEASURE:TEMPORARY_PLACEMENT", "GUARDIANSHIP_MEASURE:GUARDIAN_APPOINTED", "GUARDIANSHIP_CLOSED:null");
        for (String action : List.of("GUARDIANSHIP_ACCEPTED", "GUARDIANSHIP_CLOSED")) {
            assertThat(audits(action, id)).as(action).isEqualTo(1);
        }
        assertThat(audits("GUARDIANSHIP_MEASURE", id)).isEqualTo(2);
        // The crisis centre holding the case sees each step on its timeline, named in its language.
        mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Guardianship authority: Astana")))
                .andExpect(content().string(containsString("Guardianship authority accepted the referral")))
                .andExpect(content().string(containsString("Guardian or trustee appointed")));
    }

    @Test
    void onlyTheAuthorityItWasSentToReadsItAndEveryOtherRoleIsRefused() throws Exception {
        long id = referral(child());
        for (String other : List.of("social", "supervisor", "border", "police", "labour", "akimat", "career", "prosecutor",
                "analyst", "agency", "admin")) {
            mvc.perform(get("/protection/guardianship").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/protection/guardianship/{id}", id).with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/protection/guardianship/{id}/acceptance", id).with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        RequestPostProcessor almaty = as(almatyGuardian());
        long denied = audits("GUARDIANSHIP_READ_DENIED", id);
        mvc.perform(get("/protection/guardianship/{id}", id).with(almaty)).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Testova"))));
        mvc.perform(get("/protection/guardianship/{id}", 987654321L).with(almaty)).andExpect(status().isForbidden());
        mvc.perform(post("/protection/guardianship/{id}/acceptance", id).with(almaty).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/protection/guardianship").param("lang", "en").with(almaty))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(caseNumber(caseOf(id))))));
        assertThat(audits("GUARDIANSHIP_READ_DENIED", id)).isEqualTo(denied + 1);
        assertThat(audits("GUARDIANSHIP_WRITE_DENIED", id)).isEqualTo(1);
        assertThat(referralStatus(caseOf(id))).isEqualTo("SENT");
        // The guardian reads the referral, never the case itself, nor the crisis centres' pages.
        mvc.perform(get("/protection/cases/{id}", caseOf(id)).with(as("guardian"))).andExpect(status().isForbidden());
        mvc.perform(get("/protection").with(as("guardian"))).andExpect(status().isForbidden());
        // Agency systems have no door here: the pages are for signed-in officers only.
        mvc.perform(get("/protection/guardianship").header("Authorization", ProtectionApiTest.CRISIS))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void stepsOutOfOrderAndBadInputAreRefusedWithNothingChanged() throws Exception {
        long id = referral(child());
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf())
                        .param("measure", "FOSTER_FAMILY").param("takenOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("alert", "protection.guardianship.status-sent"));
        mvc.perform(post("/protection/guardianship/{id}/closure", id).with(as("guardian")).with(csrf()).param("confirmed", "true"))
                .andExpect(flash().attribute("alert", "protection.guardianship.status-sent"));
        mvc.perform(post("/protection/guardianship/{id}/acceptance", id).with(as("guardian")).with(csrf()))
                .andExpect(flash().attribute("notice", "protection.guardianship.accepted"));
        mvc.perform(post("/protection/guardianship/{id}/acceptance", id).with(as("guardian")).with(csrf()))
                .andExpect(flash().attribute("alert", "protection.guardianship.status-accepted"));
        mvc.perform(post("/protection/guardianship/{id}/closure", id).with(as("guardian")).with(csrf()).param("confirmed", "true"))
                .andExpect(flash().attribute("alert", "protection.guardianship.status-accepted"));
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf())
                        .param("measure", "NOT_A_MEASURE").param("takenOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("alertFields", List.of("measure")));
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf())
                        .param("measure", "FOSTER_FAMILY").param("takenOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(flash().attribute("alertFields", List.of("takenOn")));
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf())
                        .param("measure", "FOSTER_FAMILY").param("takenOn", LocalDate.now().minusYears(1).toString()))
                .andExpect(flash().attribute("alert", "protection.guardianship.measure-before-referral"));
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf()).param("measure", "FOSTER_FAMILY"))
                .andExpect(flash().attribute("alertFields", List.of("takenOn")));
        assertThat(count("select count(*) from protection_guardianship_measure where referral_id = ?", id)).isZero();
        assertThat(referralStatus(caseOf(id))).isEqualTo("ACCEPTED");
        mvc.perform(post("/protection/guardianship/{id}/measures", id).with(as("guardian")).with(csrf())
                        .param("measure", "RETURNED_TO_FAMILY_WITH_CHECK").param("takenOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("notice", "protection.guardianship.measure-recorded"));
        mvc.perform(post("/protection/guardianship/{id}/closure", id).with(as("guardian")).with(csrf()))
                .andExpect(flash().attribute("alert", "form.confirm.required"));
        assertThat(referralStatus(caseOf(id))).isEqualTo("ACTING");
    }

    @Test
    void theGuardianshipPagesRenderInEveryLanguage() throws Exception {
        long id = referral(child());
        for (String lang : new String[] {"ru", "kk", "en"}) {
            mvc.perform(get("/").param("lang", lang).with(as("guardian"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("/protection/guardianship")));
            mvc.perform(get("/protection/guardianship").param("lang", lang).with(as("guardian"))).andExpect(status().isOk());
            mvc.perform(get("/protection/guardianship/{id}", id).param("lang", lang).with(as("guardian"))).andExpect(status().isOk());
        }
    }

    /** A child screened by the Astana crisis centre's system; returns the case id. */
    private long child() throws Exception {
        return ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "KGZ", LocalDate.now().minusYears(14).toString());
    }

    private String almatyGuardian() {
        String username = "guardian-almaty";
        if (count("select count(*) from officer where username = ?", username) == 0) {
            jdbc.sql("insert into officer (username, full_name, agency_code, password_hash, created_at) values (?, ?, ?, ?, ?)")
                    .params(username, "Almaty Guardianship Officer", "GUARDIANSHIP-KZ-75", "{noop}unused",
                            OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();
            long officer = jdbc.sql("select id from officer where username = ?").param(username).query(Long.class).single();
            jdbc.sql("insert into officer_role (officer_id, role) values (?, 'GUARDIANSHIP_OFFICER')").param(officer).update();
        }
        return username;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long referral(long caseId) {
        return jdbc.sql("select id from protection_guardianship_referral where case_id = ?").param(caseId).query(Long.class).single();
    }

    private long caseOf(long referralId) {
        return jdbc.sql("select case_id from protection_guardianship_referral where id = ?").param(referralId).query(Long.class).single();
    }

    private String authority(long caseId) {
        return jdbc.sql("select authority_code from protection_guardianship_referral where case_id = ?").param(caseId)
                .query(String.class).single();
    }

    private String referralStatus(long caseId) {
        return jdbc.sql("select status from protection_guardianship_referral where case_id = ?").param(caseId)
                .query(String.class).single();
    }

    private String caseNumber(long caseId) {
        return jdbc.sql("select case_number from protection_case where id = ?").param(caseId).query(String.class).single();
    }

    private List<String> timeline(long caseId) {
        return jdbc.sql("select kind, detail from protection_case_event where case_id = ? order by occurred_at, id").param(caseId)
                .query((rs, n) -> rs.getString("kind") + ":" + rs.getString("detail")).list();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private long audits(String action, long id) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }
}
