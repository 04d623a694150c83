package kz.koshi.protection;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A border or police system's screening hands the presumed victim's case to a crisis centre (the national referral
 * mechanism): the submitter gets an acknowledgement it cannot read behind, the centre's social worker finds it among
 * the incoming referrals and takes it.
 */
@DatabaseTest
class ScreeningHandOverTest {

    private static final String BORDER = "Bearer koshi-demo-border";
    private static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aPoliceOfficerScreensOnTheWebAsThePoliceSystemDoesAndTheCaseGoesToACrisisCentre() throws Exception {
        long before = jdbc.sql("select count(*) from protection_case where owner_agency_code = 'CRISIS-KZ-71'").query(Long.class).single();
        mvc.perform(get("/protection/screenings/new").with(user(users.loadUserByUsername("police")))).andExpect(status().isOk());
        mvc.perform(post("/protection/screenings").param("lang", "en").with(user(users.loadUserByUsername("police")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("pathway", "RAID").param("exploitationType", "LABOUR").param("crossBorder", "true")
                        .param("indicators", "DOCUMENTS_CONFISCATED").param("presumedVictim", "true")
                        .param("grounds", "Паспорт отобран работодателем.").param("givenName", "Айгерим")
                        .param("sex", "F").param("citizenship", "KGZ").param("regionCode", "KZ-71").param("birthDate", "1999-09-09"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "protection.screening.handed-over"));
        assertThat(jdbc.sql("select count(*) from protection_case where owner_agency_code = 'CRISIS-KZ-71'").query(Long.class).single())
                .isEqualTo(before + 1);
        // The career centre has no business with screenings: neither the form nor the submission.
        mvc.perform(get("/protection/screenings/new").with(user(users.loadUserByUsername("career")))).andExpect(status().isForbidden());
    }

    @Test
    void aBorderScreeningGoesToTheRegionsCrisisCentreWhoseWorkerTakesItAndTheBorderCannotReadIt() throws Exception {
        String answer = screen(BORDER, "KZ-71", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.handedTo").value("CRISIS-KZ-71"))
                .andExpect(jsonPath("$.caseNumber").isString())
                .andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(answer, "$.caseId")).longValue();
        String caseNumber = JsonPath.read(answer, "$.caseNumber");

        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", BORDER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", "Bearer koshi-demo-crisis"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerAgency").value("CRISIS-KZ-71"))
                .andExpect(jsonPath("$.status").value("REFERRED"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_HANDED_TO_CENTRE' and subject_id = ?")
                .param(String.valueOf(caseId)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/protection").param("lang", "en").with(user(users.loadUserByUsername("social"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(caseNumber)));
        mvc.perform(get("/protection/cases/{id}", caseId).with(user(users.loadUserByUsername("social"))))
                .andExpect(status().isForbidden());
        long referral = jdbc.sql("select id from protection_referral where case_id = ? and status = 'PENDING'").param(caseId)
                .query(Long.class).single();
        mvc.perform(post("/protection/referrals/{id}/decision", referral).param("accept", "true")
                .with(user(users.loadUserByUsername("social"))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/protection/cases/{id}", caseId).with(user(users.loadUserByUsername("social"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", BORDER)).andExpect(status().isForbidden());
    }

    @Test
    void thePoliceMayNameTheCentreAndARegionWithoutOneGoesToTheNearest() throws Exception {
        screen(POLICE, "KZ-71", "CRISIS-KZ-61-2").andExpect(status().isCreated())
                .andExpect(jsonPath("$.handedTo").value("CRISIS-KZ-61-2"));
        screen(POLICE, "KZ-75", null).andExpect(status().isCreated()).andExpect(jsonPath("$.handedTo").value("CRISIS-KZ-33"));
        screen(POLICE, "KZ-71", "MLSP").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("crisisCentre"));
    }

    @Test
    void aCrisisCentresOwnScreeningStaysWithIt() throws Exception {
        screen("Bearer koshi-demo-crisis", "KZ-61", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.handedTo").isEmpty());
    }

    private ResultActions screen(String token, String region, String centre) throws Exception {
        String json = """
                {"pathway":"BORDER_CHECK","exploitationType":"SEXUAL","crossBorder":true,
                 "indicators":["DOCUMENTS_CONFISCATED"],"presumedVictim":true,
                 "grounds":"Travelling on a ticket bought by a 'recruiter'; passport held by him.",
                 "surname":"Handova","givenName":"Dina","birthDate":"1999-09-09","sex":"F","citizenship":"UZB",
                 "regionCode":"%s"%s}""".formatted(region, centre == null ? "" : ",\"crisisCentre\":\"" + centre + "\"");
        return mvc.perform(post("/api/v1/protection/screenings").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
