package kz.koshi.stay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/** Issue 12, section 3: citizens of Kazakhstan are shown as citizens, never as "not in the country", and no stay rule applies. */
@DatabaseTest
class CitizenStayTest {

    private static final String BORDER = "Bearer koshi-demo-border";
    private static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String cross(String direction, String passport, String surname, String given, String birthDate, Instant at)
            throws Exception {
        String body = """
                {"direction": "%s", "checkpoint": "AIR-ALA", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "KAZ", "expiresOn": "2031-05-01"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "KAZ", "purpose": "PRIVATE", "accompanyingMinors": []}"""
                .formatted(direction, at.truncatedTo(ChronoUnit.SECONDS), passport, surname, given, birthDate);
        return mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static String person(String receipt) {
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    @Test
    void aChildCitizenHeldAtTheBorderIsACitizenInTheAnswerAndTheStatus() throws Exception {
        String receipt = cross("EXIT", "N31000001", "SEITOVA", "ALUA", "2014-03-03", Instant.now().minusSeconds(120));
        assertThat(receipt).contains("\"state\":\"HELD\"").contains("\"status\":{\"status\":\"CITIZEN\"");
        mvc.perform(get("/api/v1/stay/persons/" + person(receipt) + "/status").header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CITIZEN"))
                .andExpect(jsonPath("$.countryGroup").doesNotExist())
                .andExpect(jsonPath("$.violations").isEmpty());
    }

    @Test
    void aCitizenKnownOnlyToTheIdentityRegistryIsACitizen() throws Exception {
        String stored = mvc.perform(post("/api/v1/identity/records").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"source": "border", "recordId": "citizen-stay-1", "surname": "ZHAKSYBEKOVA", "givenName": "GULNAR",
                                 "birthDate": "1987-08-14", "sex": "F", "citizenship": "KAZ", "documentNumber": "N31000002"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/stay/persons/" + person(stored) + "/status").header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CITIZEN"));
    }

    @Test
    @WithUserDetails("police")
    void aCitizenBackHomeForMonthsHasNoViolationAndThePageSaysCitizen() throws Exception {
        String person = person(cross("ENTRY", "N31000003", "ORAZOVA", "DINARA", "1979-11-30",
                LocalDate.now().minusDays(120).atStartOfDay(java.time.ZoneOffset.UTC).plusHours(8).toInstant()));
        mvc.perform(post("/api/v1/stay/sweep").header("Authorization", POLICE)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from stay_violation where person_number = ?").param(person).query(Long.class).single())
                .isZero();
        mvc.perform(get("/stay/persons/" + person).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Citizen of Kazakhstan")))
                .andExpect(content().string(containsString("id=\"citizen-note\"")))
                .andExpect(content().string(not(containsString("Other countries"))))
                .andExpect(content().string(not(containsString("id=\"registration-form\""))));
    }
}
