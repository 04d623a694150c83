package kz.koshi.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The statistics page: who sees it, what it shows (counts only, small cells suppressed) and the navigation to it. */
@DatabaseTest
class ProtectionStatisticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProtectionStatistics statistics;

    @Test
    void analystsSeeTheYearsFiguresByEveryBreakdownWithSmallCellsSuppressed() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "NPL", "1994-09-09");
        int year = LocalDate.now().getYear();
        String page = mvc.perform(get("/protection/statistics").param("year", String.valueOf(year)).param("lang", "en")
                        .with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Victim statistics for " + year)))
                .andExpect(content().string(containsString("Type of exploitation")))
                .andExpect(content().string(containsString("Foreigners and stateless persons")))
                .andExpect(content().string(containsString("suppressed (small)")))
                .andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*<meta name=\"csrf-token\" content=\"([^\"]+)\".*", "$1");
        String figures = page.replace(token, ""); // the random CSRF token (base64url) may hold "P-" itself
        assertThat(figures).doesNotContain("TIP-").doesNotContain("Testova").doesNotContain("P-");
        mvc.perform(get("/protection/statistics").param("year", "2017").param("lang", "kk").with(as("analyst")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Істер жоқ.")));
        assertThat(caseId).isPositive();
    }

    @Test
    void aYearThatIsNotOnTheListIsAFieldErrorNotThisYearsFigures() throws Exception {
        for (String year : List.of("abc", "2015", "3000", "99999999999", "-2020")) {
            mvc.perform(get("/protection/statistics").param("year", year).param("lang", "en").with(as("analyst")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("class=\"field-error\" id=\"year-error\"")))
                    .andExpect(content().string(containsString("There are no statistics for &quot;" + year + "&quot;: choose a year from 2016 to")))
                    .andExpect(content().string(not(containsString("Victim statistics for "))))
                    .andExpect(content().string(not(containsString("Type of exploitation"))));
        }
        mvc.perform(get("/protection/statistics").param("lang", "en").with(as("analyst")))
                .andExpect(content().string(containsString("Victim statistics for ")))
                .andExpect(content().string(not(containsString("field-error"))));
    }

    @Test
    void noBreakdownLeavesASingleSuppressedCellThatTheTotalWouldGiveAway() throws Exception {
        ProtectionFixtures.screen(mvc, ProtectionApiTest.CRISIS, "LKA", "1993-10-10");
        CaseStatistics figures = asAnalyst();
        Map<String, List<CaseStatistics.Cell>> byDimension = figures.cells().stream()
                .collect(Collectors.groupingBy(CaseStatistics.Cell::dimension));
        assertThat(figures.total()).isNotNull();
        byDimension.forEach((dimension, cells) -> assertThat(cells.stream().filter(CaseStatistics.Cell::suppressed).count())
                .as(dimension).isNotEqualTo(1L));
    }

    @Test
    void theRolesThatReportSeeItInTheirNavigationOthersAreRefused() throws Exception {
        for (String username : new String[] {"analyst", "supervisor", "labour", "prosecutor"}) {
            mvc.perform(get("/").with(as(username))).andExpect(content().string(containsString("href=\"/protection/statistics\"")));
            mvc.perform(get("/protection/statistics").with(as(username))).andExpect(status().isOk());
        }
        for (String username : new String[] {"social", "border", "career"}) {
            mvc.perform(get("/").with(as(username)))
                    .andExpect(content().string(not(containsString("href=\"/protection/statistics\""))));
            mvc.perform(get("/protection/statistics").with(as(username))).andExpect(status().isForbidden());
        }
    }

    /** This year's figures as the service gives them to an analyst. */
    private CaseStatistics asAnalyst() {
        UserDetails officer = users.loadUserByUsername("analyst");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        try {
            return statistics.of(LocalDate.now().getYear());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
