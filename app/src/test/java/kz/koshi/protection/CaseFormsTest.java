package kz.koshi.protection;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.CriminalStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * The case page's outcome and extension forms as a browser sends them: every field present, the unused ones empty.
 * Every outcome kind is recorded without a phone; a phone belongs to an employment referral only; an extension is
 * offered and taken for criminal proceedings or hospitalisation only.
 */
@DatabaseTest
class CaseFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @EnumSource(OutcomeKind.class)
    void everyOutcomeKindIsRecordedThroughTheFormWithThePhoneLeftBlank(OutcomeKind kind) throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, ProtectionApiTest.CRISIS);
        boolean criminal = kind == OutcomeKind.CRIMINAL_CASE;
        mvc.perform(outcome(caseId, kind, "").param("criminalArticle", criminal ? "135" : "")
                        .param("criminalStage", criminal ? CriminalStage.values()[0].name() : ""))
                .andExpect(flash().attribute("notice", "protection.outcome.recorded"));
        assertThat(outcomes(caseId)).containsExactly(kind.name());
    }

    @Test
    void aPhoneIsTakenWithAnEmploymentReferralOnly() throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, ProtectionApiTest.CRISIS);
        mvc.perform(outcome(caseId, OutcomeKind.DOCUMENTS_RESTORED, "+7 701 555 44 33").param("criminalArticle", "")
                        .param("criminalStage", ""))
                .andExpect(flash().attribute("alertFields", List.of("phoneOnlyForEmployment")));
        mvc.perform(outcome(caseId, OutcomeKind.EMPLOYMENT_REFERRAL, "семь").param("criminalArticle", "").param("criminalStage", ""))
                .andExpect(flash().attribute("alertFields", List.of("contactPhone")));
        assertThat(outcomes(caseId)).isEmpty();
        mvc.perform(outcome(caseId, OutcomeKind.EMPLOYMENT_REFERRAL, "+7 701 555 44 33").param("criminalArticle", "")
                        .param("criminalStage", ""))
                .andExpect(flash().attribute("alert", "employment.referral.contact-without-consent"));
        assertThat(outcomes(caseId)).as("a phone the person did not agree to share is refused").isEmpty();
        mvc.perform(outcome(caseId, OutcomeKind.EMPLOYMENT_REFERRAL, "+7 701 555 44 33").param("criminalArticle", "")
                        .param("criminalStage", "").param("sharedChannels", "PHONE"))
                .andExpect(flash().attribute("notice", "protection.outcome.recorded"));
        assertThat(jdbc.sql("""
                select count(*) from employment_referral e join protection_employment_request p on p.referral_id = e.id
                where p.case_id = ? and e.contact_phone = '+7 701 555 44 33'""").param(caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExtensionIsOfferedAndTakenForCriminalProceedingsOrHospitalisationOnly() throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, ProtectionApiTest.CRISIS);
        String page = mvc.perform(get("/protection/cases/{id}", caseId).param("lang", "en").with(as("supervisor")))
                .andReturn().getResponse().getContentAsString();
        String select = page.substring(page.indexOf("<select id=\"extReason\""), page.indexOf("</select>", page.indexOf("id=\"extReason\"")));
        assertThat(select).contains("value=\"CRIMINAL_PROCEEDINGS\"", "value=\"HOSPITALISATION\"").doesNotContain("OTHER")
                .doesNotContain("Other reason");
        String until = LocalDate.now().plusMonths(7).toString();
        mvc.perform(post("/protection/cases/{id}/extensions", caseId).with(as("supervisor")).with(csrf())
                        .param("reason", "OTHER").param("until", until))
                .andExpect(flash().attribute("alertFields", List.of("reason")));
        assertThat(jdbc.sql("select count(*) from protection_extension where case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        mvc.perform(post("/protection/cases/{id}/extensions", caseId).with(as("supervisor")).with(csrf())
                        .param("reason", "HOSPITALISATION").param("until", until))
                .andExpect(flash().attribute("notice", "protection.extension.requested"));
    }

    private MockHttpServletRequestBuilder outcome(long caseId, OutcomeKind kind, String phone) {
        return post("/protection/cases/{id}/outcomes", caseId).with(as("supervisor")).with(csrf()).param("kind", kind.name())
                .param("recordedOn", LocalDate.now().toString()).param("reference", "").param("contactPhone", phone);
    }

    private List<String> outcomes(long caseId) {
        return jdbc.sql("select kind from protection_outcome where case_id = ?").param(caseId).query(String.class).list();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
