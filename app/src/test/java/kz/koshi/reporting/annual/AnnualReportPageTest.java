package kz.koshi.reporting.annual;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page {@code /reports/annual}: who opens it, the downloads, and a refused period shown on the form. */
@DatabaseTest
class AnnualReportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "prosecutor", "labour"})
    void theCommissionProsecutorsAndTheLabourMinistryOpenThePageInTheirLanguage(String username) throws Exception {
        mvc.perform(get("/reports/annual").param("lang", "kk").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Комиссияның жылдық есебі"), containsString("PDF жүктеу"),
                        containsString("XLSX жүктеу"), containsString("<option value=\"kk\" lang=\"kk\" selected=\"selected\">Қазақша</option>"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"border", "police", "social", "supervisor", "career", "akimat", "agency", "guardian", "hotline", "mfa", "admin"})
    void noOtherOfficerOpensThePageOrDownloads(String username) throws Exception {
        mvc.perform(get("/reports/annual").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/annual/download").param("format", "pdf").with(as(username))).andExpect(status().isForbidden());
    }

    @Test
    void theAnalystDownloadsTheWorkbookInKazakh() throws Exception {
        mvc.perform(get("/reports/annual/download").param("from", "2025-01-01").param("to", "2025-12-31").param("language", "kk")
                        .param("format", "xlsx").with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aReversedPeriodIsShownOnTheFormNotAsAnErrorPage() throws Exception {
        mvc.perform(get("/reports/annual/download").param("from", "2025-12-31").param("to", "2025-01-01").param("language", "kk")
                        .param("format", "pdf").with(as("analyst")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The period begins after it ends."), containsString("id=\"from-error\""),
                        containsString("value=\"2025-12-31\""), not(containsString("%PDF")))));
    }

    @Test
    void aDayThatIsNotADayIsAFieldError() throws Exception {
        mvc.perform(get("/reports/annual/download").param("from", "31.02.2025x").param("format", "pdf").param("language", "ru").with(as("analyst")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"from-error\"")));
    }
}
