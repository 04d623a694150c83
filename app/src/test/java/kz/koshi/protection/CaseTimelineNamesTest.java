package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Timelines and referral histories name centres and services in the viewer's language, never by code (issue 13). */
@DatabaseTest
class CaseTimelineNamesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theTimelineAndReferralHistoryShowCentreAndServiceNames() throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, ProtectionApiTest.CRISIS);

        String ru = records(caseId, "ru");
        assertThat(section(ru, "class=\"timeline\"", "</ol>")).contains("Кризисный центр", "социально-медицинские", "социально-правовые")
                .doesNotContain("CRISIS-KZ-71", "MEDICAL", "LEGAL");
        assertThat(section(ru, "id=\"referrals-title\"", "</table>")).contains("Кризисный центр").doesNotContain("CRISIS-KZ-71");
        String kk = records(caseId, "kk");
        assertThat(section(kk, "class=\"timeline\"", "</ol>")).contains("Дағдарыс орталығы", "әлеуметтік-медициналық")
                .doesNotContain("CRISIS-KZ-71", "MEDICAL");
        assertThat(section(records(caseId, "en"), "class=\"timeline\"", "</ol>")).contains("legal, medical").doesNotContain("CRISIS-KZ-71");
        // The case leaves the centre, so its place stays for the other tests that admit there.
        mvc.perform(post("/api/v1/protection/cases/{id}/closure", caseId).header("Authorization", ProtectionApiTest.CRISIS)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"REINTEGRATED\",\"closedOn\":\"" + LocalDate.now() + "\"}"))
                .andExpect(status().isOk());
    }

    private String records(long caseId, String lang) throws Exception {
        return mvc.perform(get("/protection/cases/{id}", caseId).param("lang", lang).with(user(users.loadUserByUsername("supervisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String section(String page, String from, String to) {
        int start = page.indexOf(from);
        return page.substring(start, page.indexOf(to, start));
    }
}
