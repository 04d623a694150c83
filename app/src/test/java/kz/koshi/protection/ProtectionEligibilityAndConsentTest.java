package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Eligibility for special social services on admission (rule V4, dated terms) and a minor's consent to a referral. */
@DatabaseTest
class ProtectionEligibilityAndConsentTest {

    private static final String CRISIS = ProtectionApiTest.CRISIS;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLabourMigrantIsEligibleUnderTheCurrentTermsButWasNotUnderThe2016Terms() throws Exception {
        long caseId = ProtectionFixtures.accepted(mvc, CRISIS, "UZB", "1991-02-02");
        admit(caseId, "2023-06-30", "LABOUR_MIGRANT")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("residence"))
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:rule-violation"));
        assertThat(caseStatus(caseId)).isEqualTo("REFERRED");
        assertThat(jdbc.sql("select count(*) from protection_case where id = ? and admitted_on is not null").param(caseId)
                .query(Long.class).single()).isZero();

        admit(caseId, LocalDate.now().toString(), "LABOUR_MIGRANT").andExpect(status().isOk());
        assertThat(caseStatus(caseId)).isEqualTo("IN_SERVICE");
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", CRISIS))
                .andExpect(jsonPath("$.residence").value("LABOUR_MIGRANT"));
    }

    @Test
    void aPermanentResidentWasEligibleUnderThe2016TermsAlready() throws Exception {
        long caseId = ProtectionFixtures.accepted(mvc, CRISIS, "RUS", "1985-03-03");
        admit(caseId, "2023-06-30", "PERMANENT_RESIDENT").andExpect(status().isOk());
        assertThat(caseStatus(caseId)).isEqualTo("IN_SERVICE");
    }

    @Test
    void aForeignersResidenceMustBeGivenAndACitizenIsAdmittedAsACitizen() throws Exception {
        long foreigner = ProtectionFixtures.accepted(mvc, CRISIS, "TJK", "1992-04-04");
        call(post("/api/v1/protection/cases/{id}/admission", foreigner), "{\"admittedOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("residence"));
        assertThat(caseStatus(foreigner)).isEqualTo("REFERRED");

        long citizen = ProtectionFixtures.accepted(mvc, CRISIS, "KAZ", "1989-05-05");
        admit(citizen, LocalDate.now().toString(), "REFUGEE")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("residence"));
        call(post("/api/v1/protection/cases/{id}/admission", citizen), "{\"admittedOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select residence_category from protection_case where id = ?").param(citizen).query(String.class).single())
                .isEqualTo("CITIZEN");
    }

    @Test
    void aChildsReferralNeedsTheLegalRepresentativesConsentWithNameAndRelation() throws Exception {
        long child = ProtectionFixtures.screen(mvc, CRISIS, "KAZ", LocalDate.now().minusYears(15).toString());
        refer(child, "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("representativeName"));
        refer(child, ",\"representativeName\":\"Aigul Testova\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("representativeRelation"));
        assertThat(referrals(child)).isZero();
        assertThat(caseStatus(child)).isEqualTo("OPEN");

        refer(child, ",\"representativeName\":\"Aigul Testova\",\"representativeRelation\":\"PARENT\"").andExpect(status().isCreated());
        assertThat(jdbc.sql("select consent_by from protection_referral where case_id = ?").param(child).query(String.class).single())
                .isEqualTo("LEGAL_REPRESENTATIVE");
        assertThat(jdbc.sql("select representative_name from protection_referral where case_id = ?").param(child)
                .query(String.class).single()).startsWith("v1:").doesNotContain("Aigul");
        mvc.perform(get("/api/v1/protection/cases/{id}", child).header("Authorization", CRISIS))
                .andExpect(jsonPath("$.referrals[0].consentBy").value("LEGAL_REPRESENTATIVE"))
                .andExpect(jsonPath("$.referrals[0].representativeName").value("Aigul Testova"))
                .andExpect(jsonPath("$.referrals[0].representativeRelation").value("PARENT"));
    }

    @Test
    void anAdultConsentsForThemselvesWithoutARepresentative() throws Exception {
        long adult = ProtectionFixtures.screen(mvc, CRISIS, "KAZ", "1990-06-06");
        refer(adult, ",\"representativeName\":\"Someone Else\",\"representativeRelation\":\"GUARDIAN\"")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("representativeName"));
        call(post("/api/v1/protection/cases/{id}/referrals", adult),
                "{\"toAgency\":\"CRISIS-KZ-71\",\"needs\":[\"MEDICAL\"],\"consent\":false}")
                .andExpect(status().isBadRequest());
        assertThat(referrals(adult)).isZero();
        refer(adult, "").andExpect(status().isCreated());
        assertThat(jdbc.sql("select consent_by from protection_referral where case_id = ?").param(adult).query(String.class).single())
                .isEqualTo("PERSON");
    }

    private ResultActions admit(long caseId, String on, String residence) throws Exception {
        return call(post("/api/v1/protection/cases/{id}/admission", caseId),
                "{\"admittedOn\":\"" + on + "\",\"residence\":\"" + residence + "\"}");
    }

    private ResultActions refer(long caseId, String consent) throws Exception {
        return call(post("/api/v1/protection/cases/{id}/referrals", caseId),
                "{\"toAgency\":\"CRISIS-KZ-71\",\"needs\":[\"MEDICAL\"],\"consent\":true" + consent + "}");
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", CRISIS).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String caseStatus(long caseId) {
        return jdbc.sql("select status from protection_case where id = ?").param(caseId).query(String.class).single();
    }

    private long referrals(long caseId) {
        return jdbc.sql("select count(*) from protection_referral where case_id = ?").param(caseId).query(Long.class).single();
    }
}
