package kz.koshi.border;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static kz.koshi.border.CrossingApiTest.BORDER;
import static kz.koshi.border.CrossingApiTest.crossing;
import static kz.koshi.border.CrossingApiTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/** Issue 13, border booth: a ban needs a basis and is kept once; police do not get the crossing form; one clear error a field. */
@DatabaseTest
class BorderDeskFormsTest {

    static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService officers;

    private org.springframework.mock.web.MockHttpSession booth;

    private String person(String document, String surname, String birth) throws Exception {
        return field(mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(crossing("EXIT", document, surname, "2026-02-01T08:00:00Z", "AIDAR", birth)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "personNumber");
    }

    private String banJson(String person, String basis, String from, String until) {
        return "{\"personNumber\": \"%s\", \"kind\": \"ENTRY_BAN\", \"reason\": \"DEPORTATION\"%s, \"validFrom\": \"%s\"%s}".formatted(person,
                basis == null ? "" : ", \"basis\": \"" + basis + "\"", from, until == null ? "" : ", \"validUntil\": \"" + until + "\"");
    }

    private long bans(String person) {
        return jdbc.sql("select count(*) from border_ban where person_number = ?").param(person).query(Long.class).single();
    }

    @Test
    void aBanNeedsABasisAndTheSameBanTwiceIsRefused() throws Exception {
        String person = person("DB1300001", "BASISOV", "1980-03-04");
        String today = LocalDate.now().toString();
        mvc.perform(post("/api/v1/border/bans").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content(banJson(person, null, today, null)))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("basis")));
        mvc.perform(post("/api/v1/border/bans").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(banJson(person, "Решение МВД № 1", today, LocalDate.now().plusYears(1).toString()))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/border/bans").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(banJson(person, "Решение МВД № 2", LocalDate.now().plusMonths(6).toString(), null)))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("already in force")));
        assertThat(bans(person)).isEqualTo(1);
        // after it ends, a new ban of the same kind is no repeat; another reason is another ban
        mvc.perform(post("/api/v1/border/bans").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(banJson(person, "Решение МВД № 3", LocalDate.now().plusYears(1).plusDays(1).toString(), null)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/border/bans").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(banJson(person, "Розыск № 4", today, null).replace("DEPORTATION", "SEARCH"))).andExpect(status().isCreated());
        assertThat(bans(person)).isEqualTo(3);
    }

    @Test
    @WithUserDetails("police")
    void theBanFormAsksForTheBasisRefusesARepeatAndReadsDayMonthYear() throws Exception {
        String person = person("DB1300002", "FORMOV", "1977-11-12");
        String typed = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String page = mvc.perform(post("/border/persons/" + person + "/bans").with(csrf()).param("personNumber", person)
                        .param("kind", "ENTRY_BAN").param("reason", "DEPORTATION").param("basis", " ")
                        .param("validFrom", "5/5/2026").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldErrors(page)).containsExactly("Please fill in this field.",
                "Not a date: write day.month.year, e.g. 05.05.1985 (or 1985-05-05).");
        assertThat(bans(person)).isZero();
        mvc.perform(post("/border/persons/" + person + "/bans").with(csrf()).param("personNumber", person)
                        .param("kind", "ENTRY_BAN").param("reason", "DEPORTATION").param("basis", "Решение МВД № 5").param("validFrom", typed))
                .andExpect(redirectedUrl("/border/persons/" + person));
        assertThat(jdbc.sql("select valid_from from border_ban where person_number = ?").param(person).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now());
        mvc.perform(post("/border/persons/" + person + "/bans").with(csrf()).param("personNumber", person)
                        .param("kind", "ENTRY_BAN").param("reason", "DEPORTATION").param("basis", "Решение МВД № 6")
                        .param("validFrom", typed).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("This ban is already in force")));
        assertThat(bans(person)).isEqualTo(1);
    }

    @Test
    void thePoliceDoNotGetTheCrossingFormTheBorderServiceDoes() throws Exception {
        var police = user(officers.loadUserByUsername("police"));
        mvc.perform(get("/border").with(police)).andExpect(status().isForbidden());
        mvc.perform(post("/border/crossings").with(police).with(csrf()).param("direction", "ENTRY").param("checkpoint", "AIR-NQZ"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(police)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/border\""))))
                .andExpect(content().string(containsString("href=\"/border/persons\"")));
        mvc.perform(get("/border/persons").with(police)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/border/board\"")));
        mvc.perform(get("/border/board").with(police)).andExpect(status().isOk());
        var border = user(officers.loadUserByUsername("border"));
        mvc.perform(get("/").with(border)).andExpect(content().string(containsString("href=\"/border\"")));
        mvc.perform(get("/border").with(border)).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("border")
    void theCrossingFormReadsDayMonthYearAndSaysEachProblemOnce() throws Exception {
        booth = BoothShifts.openAt(mvc, "AIR-NQZ");
        String location = mvc.perform(form("DB1300003", "05.05.1985", "UZB").param("expiresOn", "01.05.2031"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jdbc.sql("select birth_date from border_crossing where id = ?")
                .param(Long.parseLong(location.replaceAll("\\D", ""))).query(LocalDate.class).single()).isEqualTo(LocalDate.of(1985, 5, 5));

        String page = mvc.perform(form("DB1300004", "1985/05/05", "").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Check this field.");
        assertThat(fieldErrors(page)).containsExactly("Not a date: write day.month.year, e.g. 05.05.1985 (or 1985-05-05).",
                "Please fill in this field.");
        page = mvc.perform(form("DB1300005", "05.05.1985", "uz").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldErrors(page)).containsExactly("Must be a three-letter country code (ISO 3166 alpha-3)");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(String document, String birth, String citizenship) {
        return post("/border/crossings").session(booth).with(csrf()).param("direction", "ENTRY").param("documentType", "PASSPORT")
                .param("documentNumber", document).param("issuingCountry", "UZB").param("surname", "DATOVA").param("givenNames", "ALIYA")
                .param("birthDate", birth).param("sex", "F").param("citizenship", citizenship).param("purpose", "WORK")
                .param("minorRelation", "PARENT");
    }

    /** The texts of the page's field errors, in page order. */
    static java.util.List<String> fieldErrors(String page) {
        Matcher m = Pattern.compile("<p[^>]*class=\"field-error\"[^>]*>([^<]*)</p>").matcher(page);
        java.util.List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1).replace("&lt;br /&gt;", "|").strip());
        }
        return texts.stream().filter(t -> !t.isEmpty()).toList();
    }
}
