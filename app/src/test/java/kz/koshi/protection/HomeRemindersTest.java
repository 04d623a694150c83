package kz.koshi.protection;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Deadlines on the worker's home page (issue 13): their own cases only, a supervisor's whole centre, in their language. */
@DatabaseTest
class HomeRemindersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aWorkersHomeListsTheirOwnDeadlinesEachLinkedToItsCase() throws Exception {
        CaseloadSearchTest cases = new CaseloadSearchTest();
        cases.mvc = mvc;
        cases.jdbc = jdbc;
        cases.users = users;
        LocalDate today = LocalDate.now();
        long ending = cases.screen("social", "Абенова", "Самал", "KZ-71");
        long overdue = cases.screen("social", "Абенова", "Жанар", "KZ-71");
        long reflecting = cases.screen("social", "Абенова", "Динара", "KZ-71");
        long closed = cases.screen("social", "Абенова", "Камила", "KZ-71");
        long later = cases.screen("social", "Абенова", "Лаура", "KZ-71");
        long colleagues = cases.screen("supervisor", "Абенова", "Асем", "KZ-71");
        inService(ending, today.plusDays(10));
        inService(overdue, today.minusDays(1));
        inService(later, today.plusDays(40));
        inService(colleagues, today.plusDays(3));
        jdbc.sql("update protection_case set reflection_starts_on = ?, reflection_ends_on = ?, reflection_ended_on = null where id = ?")
                .params(today.minusDays(20), today.plusDays(7), reflecting).update();
        jdbc.sql("update protection_case set status = 'CLOSED', closed_on = ?, closure_reason = 'REINTEGRATED' where id = ?")
                .params(today.minusDays(85), closed).update();

        String en = home("social", "en");
        assertThat(en).contains("Deadlines on my cases", "/protection/cases/" + ending, number(ending),
                "special social services end on " + day(today.plusDays(10)), "Overdue", number(overdue),
                "reflection period ends on " + day(today.plusDays(7)), "follow-up contact due by " + day(today.plusDays(5)), number(closed))
                .doesNotContain(number(later), number(colleagues));
        assertThat(home("social", "ru")).contains("Сроки по моим делам", "специальные социальные услуги заканчиваются " + day(today.plusDays(10)),
                "Просрочено");
        assertThat(home("social", "kk")).contains("Менің істерім бойынша мерзімдер", "арнаулы әлеуметтік қызметтер " + day(today.plusDays(10)));
        assertThat(home("supervisor", "en")).contains(number(colleagues), number(ending));
        assertThat(home("career", "en")).doesNotContain("Deadlines on my cases");
        assertThat(home("guardian", "en")).doesNotContain("Deadlines on my cases");
    }

    /** In service at the Kyzylorda centre, which no other test fills: the Astana centre's places stay for the tests that admit there. */
    private void inService(long caseId, LocalDate endsOn) {
        jdbc.sql("update protection_case set status = 'IN_SERVICE', centre_code = 'CRISIS-KZ-43', admitted_on = ?, period_ends_on = ? where id = ?")
                .params(endsOn.minusDays(30), endsOn, caseId).update();
    }

    private String home(String username, String lang) throws Exception {
        return mvc.perform(get("/").param("lang", lang).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String number(long caseId) {
        return jdbc.sql("select case_number from protection_case where id = ?").param(caseId).query(String.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Days on officers' pages read dd.MM.yyyy. */
    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
