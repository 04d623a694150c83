package kz.koshi.portal;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class HomePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @ParameterizedTest
    @CsvSource({
            "admin, Administrator’s workspace, Audit trail",
            "border, Border checkpoint, Border",
            "police, Migration police, Stay",
            "labour, Ministry of Labour and Social Protection, Employment agencies",
            "akimat, Akimat, Kandas",
            "career, Career centre, Employment support",
            "social, Crisis centre: my cases, Victim protection",
            "supervisor, Crisis centre: case supervision, Victim protection",
            "prosecutor, Prosecutor’s supervision, Audit trail",
            "analyst, Interdepartmental Commission, Statistics",
            "agency, Private employment agency, Employment agencies",
            "hotline, Hotline 11616, Hotline"})
    void everyRoleHasItsHomePage(String username, String heading, String section) throws Exception {
        mvc.perform(get("/").param("lang", "en").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + heading + "</h1>")))
                .andExpect(content().string(containsString(section)));
    }

    @Test
    void aCareerCentreOfficerSeesNothingOfVictimProtection() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(user(users.loadUserByUsername("career"))))
                .andExpect(content().string(not(containsString("Victim protection"))));
        mvc.perform(get("/protection").with(user(users.loadUserByUsername("career"))))
                .andExpect(status().isForbidden());
    }

    /** Issue 17 built the last section that was still coming (statistics): its old placeholder is gone. */
    @Test
    @WithUserDetails("labour")
    void noSectionIsComingAnyMore() throws Exception {
        mvc.perform(get("/modules/reporting").param("lang", "en")).andExpect(status().isNotFound());
        mvc.perform(get("/modules/nonsense")).andExpect(status().isNotFound());
    }
}
