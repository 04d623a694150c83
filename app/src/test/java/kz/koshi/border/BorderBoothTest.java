package kz.koshi.border;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.koshi.border.CrossingApiTest.BORDER;
import static kz.koshi.border.CrossingApiTest.crossing;
import static kz.koshi.border.CrossingApiTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/**
 * Issue 13, border booth: the shift's checkpoint, the server's time at submit (a form left open an hour let a person
 * banned meanwhile through as a "late record"), the MRZ read at submit when it was not read before, and what a held
 * crossing shows the officer.
 */
@DatabaseTest
@WithUserDetails("border")
class BorderBoothTest {

    static final String MRZ = "P<UZBRAKHIMOV<<BOBUR<<<<<<<<<<<<<<<<<<<<<<<<\nFA12345673UZB9001011M3105010<<<<<<<<<<<<<<<2";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String knownTraveller(String document, String surname, String given, String birth) throws Exception {
        return field(mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content(crossing("EXIT", document, surname, "2026-02-01T08:00:00Z", given, birth)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "personNumber");
    }

    /** A ban in force since yesterday, so that a late record of two hours ago falls under it even just after midnight. */
    private void ban(String person, String basis) throws Exception {
        mvc.perform(post("/api/v1/border/bans").header("Authorization", "Bearer koshi-demo-police").contentType(MediaType.APPLICATION_JSON)
                .content("{\"personNumber\": \"" + person + "\", \"kind\": \"ENTRY_BAN\", \"reason\": \"DEPORTATION\", \"basis\": \""
                        + basis + "\", \"validFrom\": \"" + LocalDate.now(KazakhstanCalendar.DEFAULT_ZONE).minusDays(1) + "\"}"))
                .andExpect(status().isCreated());
    }

    private static MockHttpServletRequestBuilder entry(String path, MockHttpSession booth, String document, String surname, String given,
                                                       String birth) {
        return booth(path, booth, "ENTRY", "UZB", document, surname, given, birth).param("minorRelation", "PARENT");
    }

    private static MockHttpServletRequestBuilder booth(String path, MockHttpSession booth, String direction, String country,
                                                          String document, String surname, String given, String birth) {
        return post(path).session(booth).with(csrf()).param("direction", direction).param("documentType", "PASSPORT")
                .param("documentNumber", document).param("issuingCountry", country).param("expiresOn", "2031-05-01")
                .param("surname", surname).param("givenNames", given).param("birthDate", birth).param("sex", "M")
                .param("citizenship", country).param("purpose", "PRIVATE");
    }

    private long crossingAt(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String state(long id) {
        return jdbc.sql("select state from border_crossing where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aFormLeftOpenForAnHourWhileABanWasAddedHoldsTheTraveller() throws Exception {
        String person = knownTraveller("BT1000001", "NAZAROV", "SHERZOD", "1985-03-03");
        MockHttpSession booth = BoothShifts.openAt(mvc, "ROAD-KORDAI");
        mvc.perform(get("/border").session(booth)).andExpect(status().isOk()) // the officer opens the form ...
                .andExpect(content().string(not(containsString("name=\"occurredAt\""))))
                .andExpect(content().string(not(containsString("name=\"checkpoint\""))));
        ban(person, "Решение МВД № 7/26"); // ... the police ban the traveller meanwhile ...
        String openedAt = LocalDateTime.now(KazakhstanCalendar.DEFAULT_ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        String location = mvc.perform(entry("/border/crossings", booth, "BT1000001", "NAZAROV", "SHERZOD", "1985-03-03")
                        .param("occurredAt", openedAt).param("checkpoint", "AIR-NQZ")) // ... and submits an hour later
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long id = crossingAt(location);
        assertThat(state(id)).as("a live crossing is checked live: held, not a completed late record").isEqualTo("HELD");
        Instant at = jdbc.sql("select occurred_at from border_crossing where id = ?").param(id).query(OffsetDateTime.class).single().toInstant();
        assertThat(Duration.between(at, Instant.now()).abs()).as("stamped at submit").isLessThan(Duration.ofMinutes(1));
        assertThat(jdbc.sql("select checkpoint_code from border_crossing where id = ?").param(id).query(String.class).single())
                .as("the shift's checkpoint, not the form's").isEqualTo("ROAD-KORDAI");
        mvc.perform(get(location).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Entry ban")))
                .andExpect(content().string(containsString("basis: Решение МВД № 7/26")))
                .andExpect(content().string(containsString("Last crossings")))
                .andExpect(content().string(containsString("data-key=\"2\"")))
                .andExpect(content().string(containsString("data-key=\"1\"")));
        mvc.perform(get("/border").session(booth).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/border/crossings/" + id + "\"")))
                .andExpect(content().string(containsString("Lane 3")));
    }

    @Test
    void aLateRecordIsASeparateActionAndIsStillHeldUnderABanInForceNow() throws Exception {
        String person = knownTraveller("BT2000001", "KARIMOV", "ULUGBEK", "1983-04-04");
        ban(person, "Решение МВД № 8/26");
        MockHttpSession booth = BoothShifts.openAt(mvc, "ROAD-KORDAI");
        String twoHoursAgo = LocalDateTime.now(KazakhstanCalendar.DEFAULT_ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();
        String location = mvc.perform(entry("/border/crossings/late", booth, "BT2000001", "KARIMOV", "ULUGBEK", "1983-04-04")
                        .param("occurredAt", twoHoursAgo))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(state(crossingAt(location))).isEqualTo("HELD");
        mvc.perform(entry("/border/crossings/late", booth, "BT2000002", "KARIMOV", "ULUGBEK", "1983-04-04").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("occurredAt-error")));
    }

    @Test
    void aSubmitWithAnUnreadMrzReadsItAndABadMrzIsShownNotRecorded() throws Exception {
        MockHttpSession booth = BoothShifts.openAt(mvc, "AIR-ALA");
        String location = mvc.perform(post("/border/crossings").session(booth).with(csrf()).param("mrz", MRZ).param("direction", "ENTRY")
                        .param("purpose", "TOURISM").param("minorRelation", "PARENT").param("documentType", "PASSPORT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jdbc.sql("select document_number || ' ' || surname || ' ' || birth_date from border_crossing where id = ?")
                .param(crossingAt(location)).query(String.class).single()).isEqualTo("FA1234567 RAKHIMOV 1990-01-01");

        long before = jdbc.sql("select count(*) from border_crossing").query(Long.class).single();
        mvc.perform(post("/border/crossings").session(booth).with(csrf()).param("mrz", MRZ.replace("FA12345673", "FA12345683"))
                        .param("direction", "ENTRY").param("purpose", "TOURISM").param("minorRelation", "PARENT"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("контрольные цифры не сходятся")))
                .andExpect(content().string(containsString("value=\"FA1234568\"")));
        assertThat(jdbc.sql("select count(*) from border_crossing").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aChildsExitShowsTheChildTheAdultAndWhetherTheAdultIsOnRecord() throws Exception {
        MockHttpSession booth = BoothShifts.openAt(mvc, "AIR-NQZ");
        String location = mvc.perform(booth("/border/crossings", booth, "EXIT", "KAZ", "N80000001", "SERIKOV", "ARMAN", "1980-06-06")
                        .param("minorSurname", "SERIKOVA").param("minorGivenNames", "AIGERIM").param("minorBirthDate", "12.04.2016")
                        .param("minorCitizenship", "KAZ").param("minorRelation", "PARENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = crossingAt(location);
        assertThat(state(id)).isEqualTo("HELD");
        String child = jdbc.sql("select person_number from border_crossing_minor where crossing_id = ?").param(id).query(String.class).single();
        String page = mvc.perform(get(location).param("lang", "ru")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("SERIKOVA AIGERIM").contains(child).contains("возраст " + java.time.Period.between(LocalDate.of(2016, 4, 12),
                        LocalDate.now(KazakhstanCalendar.DEFAULT_ZONE)).getYears())
                .contains("Со взрослым SERIKOV ARMAN").contains("не значится родителем или опекуном")
                .contains("href=\"/border/persons/" + child + "#guardians\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CROSSING_VIEWED' and subject_id = ?").param(String.valueOf(id))
                .query(Long.class).single()).isPositive();
    }
}
