package kz.koshi.shared.web;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The language switch keeps the page and its query; a page answering a form's POST switches to the form's page. */
@DatabaseTest
@WithUserDetails("labour")
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSwitchKeepsThePathAndTheQueryAndDropsTheOldLanguage() throws Exception {
        mvc.perform(get("/persons?q={q}&lang=en", "Шарипов 1996"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/persons?q=%D0%A8%D0%B0%D1%80%D0%B8%D0%BF%D0%BE%D0%B2%201996&amp;lang=kk\" lang=\"kk\""),
                        containsString("href=\"/persons?q=%D0%A8%D0%B0%D1%80%D0%B8%D0%BF%D0%BE%D0%B2%201996&amp;lang=ru\" lang=\"ru\""),
                        not(containsString("lang=en&amp;")))));
        mvc.perform(get("/stay?lang=en")).andExpect(content().string(containsString("href=\"/stay?lang=kk\"")));
        mvc.perform(get("/persons/KP999999990?from=queue"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("href=\"/persons/KP999999990?from=queue&amp;lang=en\"")));
    }

    @Test
    void aPageAnsweringAFormSwitchesToThePageTheFormWasOn() throws Exception {
        mvc.perform(post("/employment/referrals").with(csrf()).param("personNumber", "x").param("lang", "en")
                        .header("Host", "localhost").header("Referer", "http://localhost/employment/referrals?from=home"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/employment/referrals?from=home&amp;lang=kk\"")));
        mvc.perform(post("/employment/referrals").with(csrf()).param("personNumber", "x")
                        .header("Host", "localhost").header("Referer", "http://elsewhere.example/phish?x=1"))
                .andExpect(content().string(not(containsString("elsewhere"))))
                .andExpect(content().string(not(containsString("phish"))));
    }
}
