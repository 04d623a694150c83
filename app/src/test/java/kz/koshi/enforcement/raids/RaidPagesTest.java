package kz.koshi.enforcement.raids;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 on the pages: the raid form (persons and findings in one form, a row added on demand, a raid with no place
 * refused on its field with nothing stored), the raid's page (its persons' reads audited), the list, the home card and
 * navigation of the police and the labour inspection; every other officer is refused.
 */
@DatabaseTest
class RaidPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void thePoliceRecordARaidOnTheFormAndTheLabourInspectionSeesItsOwnOnly() throws Exception {
        String today = LocalDate.now().toString();
        String worker = Foreigners.enter(mvc, "UZB", LocalDate.now().minusDays(2));
        long raids = count("select count(*) from enforcement_raid");
        mvc.perform(form("police", "  ", worker)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("raid", "place", "enforcement.raid.place-required"));
        mvc.perform(form("police", "Almaty, Altyn Orda market", "KP000000000")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("raid", "persons[0].person", "enforcement.raid.person-unknown"));
        mvc.perform(form("police", "Almaty, Altyn Orda market", worker).with(r -> {
                    r.setParameter("firstDay", "31.02.2026");
                    return r;
                })).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("raid", "firstDay", "enforcement.raid.day-invalid"));
        assertThat(count("select count(*) from enforcement_raid")).isEqualTo(raids);
        mvc.perform(form("police", "Almaty, Altyn Orda market", worker).param("more", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("persons[1].person")));
        assertThat(count("select count(*) from enforcement_raid")).isEqualTo(raids);

        String location = mvc.perform(form("police", "Almaty, Altyn Orda market", worker)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "enforcement.raid.recorded")).andReturn().getResponse().getRedirectedUrl();
        long raid = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long reads = count("select count(*) from audit_entry where action = 'RAID_PERSONS_VIEWED' and subject_id = ?", String.valueOf(raid));
        for (String lang : List.of("ru", "kk", "en")) {
            mvc.perform(get(location).param("lang", lang).with(as("police"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(worker)));
        }
        assertThat(count("select count(*) from audit_entry where action = 'RAID_PERSONS_VIEWED' and subject_id = ?", String.valueOf(raid)))
                .isEqualTo(reads + 3);
        mvc.perform(get("/stay").param("source", "RAID").param("lang", "kk").with(as("police")))
                .andExpect(content().string(containsString("№ " + raid + " рейдте/тексеруде")));
        mvc.perform(get("/stay").param("source", "RAID").param("lang", "ru").with(as("prosecutor")))
                .andExpect(content().string(containsString("выявлено в рейде/проверке № " + raid)));
        mvc.perform(get("/enforcement/raids").param("lang", "en").with(as("police")))
                .andExpect(content().string(containsString("/enforcement/raids/" + raid)));
        // The labour inspection: its own raids only; the police's raid is "not found" to it, and it cannot add to it.
        mvc.perform(get("/enforcement/raids").param("lang", "en").with(as("labour")))
                .andExpect(content().string(not(containsString("/enforcement/raids/" + raid + "\""))));
        mvc.perform(get(location).with(as("labour"))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/persons").with(as("labour")).with(csrf()).param("persons[0].person", worker)
                .param("persons[0].checkedOn", today)).andExpect(status().isNotFound());
        // Completion on the page.
        mvc.perform(post(location + "/completion").with(as("police")).with(csrf()).param("lastDay", today))
                .andExpect(flash().attribute("notice", "enforcement.raid.completed-now"));
        assertThat(jdbc.sql("select state from enforcement_raid where id = ?").param(raid).query(String.class).single()).isEqualTo("COMPLETED");
    }

    @Test
    void thePoliceAndTheLabourInspectionHaveTheSectionAndNoOneElseOpensIt() throws Exception {
        for (String officer : List.of("police", "labour")) {
            mvc.perform(get("/").param("lang", "en").with(as(officer))).andExpect(content().string(containsString("/enforcement/raids")))
                    .andExpect(content().string(containsString("Raids and inspections")));
            mvc.perform(get("/enforcement/raids/new").param("lang", "kk").with(as(officer))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Жаңа рейд немесе тексеру")));
        }
        for (String other : List.of("admin", "border", "akimat", "career", "social", "supervisor", "prosecutor", "analyst", "agency",
                "guardian", "hotline", "mfa")) {
            mvc.perform(get("/").param("lang", "en").with(as(other))).andExpect(content().string(not(containsString("/enforcement/raids"))));
            mvc.perform(get("/enforcement/raids").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/enforcement/raids/new").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/enforcement/raids/1").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/enforcement/raids").with(as(other)).with(csrf()).param("place", "x")).andExpect(status().isForbidden());
        }
    }

    private MockHttpServletRequestBuilder form(String officer, String place, String person) {
        String today = LocalDate.now().toString();
        return post("/enforcement/raids").with(as(officer)).with(csrf()).param("name", "Нелегал").param("kind", "OPERATION")
                .param("regionCode", "KZ-75").param("place", place).param("firstDay", today).param("lastDay", "")
                .param("persons[0].person", person).param("persons[0].checkedOn", today)
                .param("persons[0].violation", "WORK_WITHOUT_PERMIT").param("persons[0].employerBin", "");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
