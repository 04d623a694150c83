package kz.koshi.pages;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The defects the desk walkthrough found (issue 13), over HTTP: each answer names what is wrong, in the reader's language. */
@DatabaseTest
class WalkthroughFixesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MessageSource messages;

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    private String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownSortIsAFieldErrorOnTheSortControl() throws Exception {
        String ru = body(mvc.perform(as(get("/stay?sort=FOO&lang=ru"), "police")).andExpect(status().isOk()).andReturn());
        assertThat(ru).contains("<select id=\"sort\" name=\"sort\" aria-invalid=\"true\"", "Такой сортировки нет: выберите из списка.");
        String kk = body(mvc.perform(as(get("/stay?dir=SIDEWAYS&page=x&lang=kk"), "police")).andExpect(status().isOk()).andReturn());
        assertThat(kk).contains("<select id=\"dir\" name=\"dir\" aria-invalid=\"true\"", "Мұндай рет жоқ",
                "Бет нөмірі бүтін сан болуы керек");
    }

    @Test
    void anUnknownExportFormatIsAnHtmlPageForBrowsersAndAProblemForJsonClients() throws Exception {
        String page = body(mvc.perform(as(get("/stay/violations/export?format=PDF&lang=kk"), "police").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("<html", "Мұндай жүктеп алу пішімі жоқ").doesNotContain("\"status\"");
        mvc.perform(as(get("/stay/violations/export?format=PDF"), "police").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.detail").value("There is no such export format: violations are exported as CSV or as Excel (XLSX)."));
        String queue = body(mvc.perform(as(get("/stay?lang=en"), "police")).andReturn());
        assertThat(queue).contains("format=CSV&amp;", "format=XLSX&amp;").doesNotContain("format=PDF");
    }

    /** Every role either lands on a kandas page it may open or is refused at /kandas itself, never sent on to a 403. */
    @ParameterizedTest
    @ValueSource(strings = {"admin", "border", "police", "labour", "akimat", "career", "social", "supervisor", "prosecutor",
            "analyst", "agency", "guardian"})
    void kandasSendsEachRoleOnlyWhereItMayGo(String username) throws Exception {
        var response = mvc.perform(as(get("/kandas"), username)).andReturn().getResponse();
        if (response.getStatus() == 302) {
            assertThat(mvc.perform(as(get(response.getRedirectedUrl()), username)).andReturn().getResponse().getStatus())
                    .as(username + " lands on " + response.getRedirectedUrl()).isEqualTo(200);
        } else {
            assertThat(response.getStatus()).as(username).isEqualTo(403);
            assertThat(username).isNotIn("labour", "akimat");
        }
    }

    @Test
    void anEmptyVacancyFeedIsSaidToBeEmpty() throws Exception {
        mvc.perform(post("/api/v1/kandas/vacancies").header("Authorization", "Bearer koshi-demo-labour").contentType("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The feed is empty: it has no line at all, not even the header."))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(post("/api/v1/kandas/vacancies").header("Authorization", "Bearer koshi-demo-labour").contentType("text/csv")
                .content("\uFEFF\n  \n")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The feed is empty: it has no line at all, not even the header."));
        String page = body(mvc.perform(multipart("/kandas/vacancies").file(new MockMultipartFile("file", "feed.csv", "text/csv",
                new byte[0])).param("lang", "ru").with(user(users.loadUserByUsername("labour"))).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("aria-invalid=\"true\"", "id=\"file-error\"", "Файл пуст: в нём нет ни одной строки, даже заголовка.")
                .doesNotContain("Файл отклонён");
    }

    @Test
    void anAgencyHoldingALicenceIsShownItsLicenceNotTheApplicationForm() throws Exception {
        var response = mvc.perform(as(get("/recruitment/agency/apply"), "agency")).andExpect(status().isFound()).andReturn();
        assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/recruitment/agency");
        assertThat(response.getFlashMap().get("notice")).isEqualTo("recruitment.application.licensed-renewal");
        String file = body(mvc.perform(as(get("/recruitment/agency?lang=kk"), "agency").flashAttr("notice",
                "recruitment.application.licensed-renewal")).andExpect(status().isOk()).andReturn());
        assertThat(file).contains("Лицензияны халықты жұмыспен қамту саласындағы уәкілетті орган ұзартады")
                .doesNotContain("/recruitment/agency/apply");
    }

    @Test
    void wordingNamesTheDayCountAndPluralsAndOfficersInTheirOwnNames() throws Exception {
        String kk = body(mvc.perform(as(get("/stay?lang=kk"), "police")).andReturn());
        assertThat(kk).contains(">Бұзушылық күндерінің саны<", ">Бұзушылық басталған күн<").doesNotContain(">Күн<");
        // The engine's numbers reach the bundles as text (KandasText), so the wording is neutral rather than a choice format.
        assertThat(messages.getMessage("kandas.reason.support", new Object[] {"1"}, Locale.ENGLISH)).isEqualTo("kinds of support offered: 1");
        for (String lang : new String[] {"ru", "kk"}) {
            String home = body(mvc.perform(as(get("/?lang=" + lang), "border")).andReturn());
            assertThat(home).contains("Ерлан Жаксыбеков").doesNotContain("Demo Border Officer");
        }
    }

    @Test
    void aCrossingKeepsItsLaneAndTheApiAnswersIt() throws Exception {
        String crossing = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%s", "lane": %s,
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "UZB", "expiresOn": "2031-05-01"},
                 "surname": "LANEVA", "givenNames": "ZARINA", "birthDate": "1991-01-01", "sex": "F",
                 "citizenship": "UZB", "purpose": "WORK"}""";
        String at = java.time.Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border").contentType(MediaType.APPLICATION_JSON)
                .content(crossing.formatted(at, "7", "LN1000001"))).andExpect(status().isCreated()).andExpect(jsonPath("$.lane").value(7));
        mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border").contentType(MediaType.APPLICATION_JSON)
                .content(crossing.formatted(at, "100", "LN1000002"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lane"));
    }
}
