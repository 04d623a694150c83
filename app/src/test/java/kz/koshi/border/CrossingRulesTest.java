package kz.koshi.border;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.koshi.border.CrossingApiTest.BORDER;
import static kz.koshi.border.CrossingApiTest.crossing;
import static kz.koshi.border.CrossingApiTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The crossing rules of docs/border.md that no other test proved: impossible crossings, watch lists, minors, a STOP. */
@DatabaseTest
class CrossingRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private org.springframework.test.web.servlet.ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String record(String body) throws Exception {
        return send(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static String minutesAgo(long minutes) {
        return java.time.Instant.now().minusSeconds(60 * minutes).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private long stored(String document) {
        return jdbc.sql("select count(*) from border_crossing where document_number = ?").param(document).query(Long.class).single();
    }

    @Test
    void aCrossingInTheFutureBeforeTheBirthOrFromAnUnknownCountryIsRefusedAndAStatelessTravellerIsTaken() throws Exception {
        String inTenMinutes = java.time.Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        send(crossing("ENTRY", "CR1000001", "FUTUROV", inTenMinutes)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("occurredAt")));
        String inTwoMinutes = java.time.Instant.now().plusSeconds(120).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        send(crossing("ENTRY", "CR1000002", "SKEWOV", inTwoMinutes)).andExpect(status().isCreated());
        send(crossing("ENTRY", "CR1000003", "UNBORNOV", "2026-01-10T08:00:00Z", "ALI", "2026-03-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("birthDate")));
        send(crossing("ENTRY", "CR1000004", "NOWHEREV", "2026-01-10T08:00:00Z").replace("\"citizenship\": \"UZB\"", "\"citizenship\": \"ZZZ\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("citizenship")));
        send(crossing("ENTRY", "CR1000005", "NOWHEREV", "2026-01-10T08:00:00Z").replace("\"issuingCountry\": \"UZB\"", "\"issuingCountry\": \"QQQ\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("document.issuingCountry")));
        assertThat(stored("CR1000001") + stored("CR1000003") + stored("CR1000004") + stored("CR1000005")).isZero();
        send(crossing("ENTRY", "CR1000006", "STATELESSOV", "2026-01-10T08:00:00Z").replace("\"UZB\"", "\"XXA\""))
                .andExpect(status().isCreated());
    }

    @Test
    void aWatchListHitIsRaisedInEitherDirectionAndNeverHoldsTheCrossing() throws Exception {
        String person = field(record(crossing("EXIT", "CW1000001", "NAZAROV", "2026-01-10T08:00:00Z", "ODIL", "1980-07-07")), "personNumber");
        mvc.perform(post("/api/v1/border/bans").header("Authorization", "Bearer koshi-demo-police").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personNumber\": \"" + person + "\", \"kind\": \"WATCH_LIST\", \"reason\": \"SEARCH\", \"basis\": \"Розыск № 1\", "
                                + "\"validFrom\": \"2026-01-11\"}"))
                .andExpect(status().isCreated());
        String in = record(crossing("ENTRY", "CW1000001", "NAZAROV", minutesAgo(20), "ODIL", "1980-07-07"));
        assertThat(in).contains("\"state\":\"COMPLETED\"").contains("\"kind\":\"WATCH_LIST\"").contains("\"reason\":\"SEARCH\"");
        String out = record(crossing("EXIT", "CW1000001", "NAZAROV", minutesAgo(10), "ODIL", "1980-07-07"));
        assertThat(out).contains("\"state\":\"COMPLETED\"").contains("\"kind\":\"WATCH_LIST\"");
    }

    @Test
    void aChildCitizenLeavingWithAnAdultWhoIsNeitherParentNorGuardianWaitsForTheOfficer() throws Exception {
        String child = """
                [{"surname": "SEITOVA", "givenNames": "AMINA", "birthDate": "2014-05-05", "citizenship": "KAZ",
                  "relation": "OTHER"}]""";
        String held = record(crossing("EXIT", "N33445566", "SEITOV", minutesAgo(3), "ERLAN", "1979-01-01")
                .replace("\"UZB\"", "\"KAZ\"").replace("\"accompanyingMinors\": []", "\"accompanyingMinors\": " + child));
        assertThat(held).contains("\"state\":\"HELD\"").contains("\"kind\":\"MINOR_EXIT\"").contains("\"reason\":\"NOT_PARENT_OR_GUARDIAN\"");
    }

    @Test
    void aStopRefusesTheCrossingAtOnceAndItsOtherOpenAlertsBecomeNoted() throws Exception {
        record(crossing("ENTRY", "CS1000001", "KHOLMATOV", "2026-09-01T08:00:00Z", "SARDOR", "1984-04-04"));
        String held = record(crossing("ENTRY", "CS1000002", "KHOLMATOV", minutesAgo(4), "SARDOR", "1984-04-04")
                .replace("2031-05-01", "2020-01-01"));
        assertThat(held).contains("\"kind\":\"DOCUMENT_EXPIRED\"").contains("\"kind\":\"NO_EXIT_ON_RECORD\"");
        long crossing = Long.parseLong(held.replaceAll("(?s).*\"crossingId\":(\\d+).*", "$1"));
        String alertId = held.replaceAll("(?s).*\"alerts\":\\[\\{\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"STOP\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REFUSED"));
        assertThat(jdbc.sql("select state from border_alert where crossing_id = ? order by id").param(crossing).query(String.class).list())
                .containsExactly("STOPPED", "NOTED");
    }

    @Test
    void aCardLastsThreeYearsButNeverBeyondTheTravelDocumentAndEveryOfficersReadIsAudited() throws Exception {
        String longDocument = record(crossing("ENTRY", "CC1000001", "TURSUNOV", "2026-11-21T09:00:00Z"));
        String shortDocument = record(crossing("ENTRY", "CC1000002", "TURSUNOVA", "2026-11-21T09:00:00Z").replace("2031-05-01", "2027-06-30"));
        String number = longDocument.replaceAll("(?s).*\"card\":\\{\"number\":\"(M\\d{8})\".*", "$1");
        String other = shortDocument.replaceAll("(?s).*\"card\":\\{\"number\":\"(M\\d{8})\".*", "$1");
        assertThat(jdbc.sql("select valid_until from border_card where number = ?").param(number).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.of(2029, 11, 20));
        assertThat(jdbc.sql("select valid_until from border_card where number = ?").param(other).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.of(2027, 6, 30));
        for (String path : new String[] {"/credential", "/data", "/document.pdf"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/cards/" + number + path)
                    .header("Authorization", "Bearer koshi-demo-police")).andExpect(status().isOk());
        }
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? and action like 'CARD_%' order by id").param(number)
                .query(String.class).list()).containsExactly("CARD_ISSUED", "CARD_CREDENTIAL_VIEWED", "CARD_VIEWED", "CARD_PRINTED");
    }

    @Test
    void aBatchHoldsOneTo5000Crossings() throws Exception {
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(5_001, "{}")) + "]";
        mvc.perform(post("/api/v1/crossings/batch").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content(tooMany))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"));
        mvc.perform(post("/api/v1/crossings/batch").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest());
        String full = "[" + String.join(",", java.util.Collections.nCopies(5_000, "{}")) + "]";
        mvc.perform(post("/api/v1/crossings/batch").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content(full))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5_000))
                .andExpect(jsonPath("$[4999].outcome").value("REJECTED"));
    }

    @Test
    void aCardPastItsLastDayIsPubliclyExpiredAndARevokedOneRevoked() throws Exception {
        String receipt = record(crossing("ENTRY", "CC2000001", "ORIPOV", "2025-01-10T09:00:00Z").replace("2031-05-01", "2025-06-30"));
        String number = receipt.replaceAll("(?s).*\"card\":\\{\"number\":\"(M\\d{8})\".*", "$1");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/cards/" + number))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("EXPIRED"))
                .andExpect(jsonPath("$.validUntil").value("2025-06-30"));
        jdbc.sql("update border_card set state = 'REVOKED' where number = ?").param(number).update();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/cards/" + number))
                .andExpect(jsonPath("$.state").value("REVOKED"));
    }
}
