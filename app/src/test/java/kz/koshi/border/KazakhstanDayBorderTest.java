package kz.koshi.border;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static kz.koshi.border.CrossingApiTest.BORDER;
import static kz.koshi.border.CrossingApiTest.crossing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/** A crossing counts on its day in Astana, and the officer reads and types Astana's time, labelled. */
@DatabaseTest
class KazakhstanDayBorderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KazakhstanCalendar calendar;

    private String record(String body) throws Exception {
        return mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static String citizenLeavingAlone(String passport, String surname, String given, String at, LocalDate born) {
        return crossing("EXIT", passport, surname, at, given, born.toString()).replace("\"UZB\"", "\"KAZ\"");
    }

    @Test
    void aCitizenWhoTurns18AtMidnightInAstanaLeavesAloneAt0030ButIsHeldAt2359() throws Exception {
        LocalDate day = calendar.today().minusDays(10);
        LocalDate born = day.plusDays(1).minusYears(18);
        String adult = record(citizenLeavingAlone("N70000001", "SEITKALIYEVA", "ALIYA", day + "T19:30:00Z", born));
        assertThat(adult).as("00:30 in Astana on the 18th birthday: an adult").doesNotContain("MINOR_EXIT");
        String minor = record(citizenLeavingAlone("N70000002", "ZHUMABAYEV", "TIMUR", day + "T18:59:00Z", born));
        assertThat(minor).as("23:59 in Astana on the day before: still a minor").contains("\"kind\":\"MINOR_EXIT\"").contains("\"reason\":\"UNACCOMPANIED\"");
    }

    @Test
    @WithUserDetails("border")
    void theCrossingPageShowsAstanasTimeLabelled() throws Exception {
        String receipt = record(crossing("ENTRY", "KZT300001", "NORMATOV", "2026-11-20T19:30:00Z"));
        String id = receipt.replaceAll("(?s).*\"crossingId\":(\\d+).*", "$1");
        mvc.perform(get("/border/crossings/" + id).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-11-21 00:30 (Astana)")))
                .andExpect(content().string(containsString("Time (Astana)")));
        mvc.perform(get("/border/crossings/" + id).param("lang", "ru"))
                .andExpect(content().string(containsString("2026-11-21 00:30 (Астана)")));
    }

    @Test
    @WithUserDetails("border")
    void aLiveCrossingTakesTheServersTimeAndALateRecordTakesTheTypedTimeAsAstanas() throws Exception {
        var booth = BoothShifts.openAt(mvc, "AIR-NQZ");
        mvc.perform(get("/border").session(booth)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"occurredAt\""))));
        mvc.perform(get("/border/late").session(booth).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"occurredAt\"")))
                .andExpect(content().string(containsString("Time (Astana)")));

        String location = mvc.perform(post("/border/crossings/late").session(booth).with(csrf()).param("direction", "ENTRY")
                        .param("occurredAt", "2026-11-21T00:30").param("documentType", "PASSPORT").param("documentNumber", "FK7000003")
                        .param("issuingCountry", "UZB").param("expiresOn", "2031-05-01").param("surname", "TOSHMATOVA")
                        .param("givenNames", "ZARINA").param("birthDate", "1992-03-03").param("sex", "F").param("citizenship", "UZB")
                        .param("purpose", "WORK").param("minorRelation", "PARENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select occurred_at from border_crossing where id = ?").param(id).query(OffsetDateTime.class).single()
                .toInstant()).isEqualTo(Instant.parse("2026-11-20T19:30:00Z"));
        String page = mvc.perform(get(location).param("lang", "en")).andExpect(content().string(containsString("2026-11-21 00:30 (Astana)")))
                .andReturn().getResponse().getContentAsString();
        String person = page.replaceAll("(?s).*?(KP\\d{9}).*", "$1");
        mvc.perform(get("/persons/" + person).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-11-21 00:30 (Astana)")))
                .andExpect(content().string(containsString("<time>2026-11-21</time>"))) // the card's day, a date (issue #13)
                .andExpect(content().string(not(containsString("00:00 (Astana)"))));
    }
}
