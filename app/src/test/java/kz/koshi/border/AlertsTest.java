package kz.koshi.border;

import kz.koshi.DatabaseTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static kz.koshi.border.CrossingApiTest.BORDER;
import static kz.koshi.border.CrossingApiTest.crossing;
import static kz.koshi.border.CrossingApiTest.field;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class AlertsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String record(String body) throws Exception {
        return mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static String now(int minutesAgo) {
        return java.time.Instant.now().minusSeconds(60L * minutesAgo).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    @Test
    void aBannedPersonIsStoppedAtOnceEvenUnderANewPassportAndAnotherSpelling() throws Exception {
        String first = record(crossing("ENTRY", "KB1000001", "KHUDOIBERDIEV", "2026-01-10T08:00:00Z", "ZAFAR", "1979-09-21"));
        String person = field(first, "personNumber");
        mvc.perform(post("/api/v1/border/bans").header("Authorization", "Bearer koshi-demo-police").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personNumber\": \"" + person + "\", \"kind\": \"ENTRY_BAN\", \"reason\": \"COURT_EXPULSION\", \"basis\": \"Суд № 1\", "
                                + "\"validFrom\": \"2026-02-01\", \"validUntil\": \"2031-02-01\"}"))
                .andExpect(status().isCreated());
        String again = record(crossing("ENTRY", "KB9999999", "ХУДОЙБЕРДИЕВ", now(1), "ЗАФАР", "1979-09-21"));
        mvc.perform(post("/api/v1/border/alerts/0/decision").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"STOP\"}")).andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(again).contains("\"personNumber\":\"" + person + "\"")
                .contains("\"state\":\"HELD\"").contains("\"kind\":\"ENTRY_BAN\"").contains("\"reason\":\"COURT_EXPULSION\"")
                .contains("\"kind\":\"NO_EXIT_ON_RECORD\"");
        String alertId = again.replaceAll("(?s).*\"alerts\":\\[\\{\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"STOP\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REFUSED"));
    }

    @Test
    void aChildLeavingWithAForeignAdultOrWithoutAGuardianOnRecordWaitsForTheOfficer() throws Exception {
        String child = """
                [{"surname": "ABENOVA", "givenNames": "AIZHAN", "birthDate": "2015-04-02", "citizenship": "KAZ",
                  "relation": "PARENT"}]""";
        String foreign = record(crossing("EXIT", "MN1000001", "ORLOV", now(2)).replace("\"accompanyingMinors\": []",
                "\"accompanyingMinors\": " + child));
        org.assertj.core.api.Assertions.assertThat(foreign).contains("\"state\":\"HELD\"").contains("\"reason\":\"FOREIGN_ADULT\"");
        String citizen = crossing("EXIT", "N12345678", "ABENOV", now(3)).replace("\"UZB\"", "\"KAZ\"")
                .replace("\"accompanyingMinors\": []", "\"accompanyingMinors\": " + child);
        String parent = record(citizen);
        org.assertj.core.api.Assertions.assertThat(parent).contains("\"state\":\"HELD\"").contains("\"reason\":\"NOT_ON_RECORD\"");
        String alertId = parent.replaceAll("(?s).*\"alerts\":\\[\\{\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ALLOW\", \"reason\": \"Parent present at the post with the birth certificate\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"));
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ALLOW\", \"reason\": \"Parent present at the post with the birth certificate\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aChildCitizenLeavingAloneWaitsForTheOfficer() throws Exception {
        String alone = record(crossing("EXIT", "N22334455", "AKHMETOVA", now(4), "DANA", "2012-04-04").replace("\"UZB\"", "\"KAZ\""));
        org.assertj.core.api.Assertions.assertThat(alone).contains("\"state\":\"HELD\"").contains("\"kind\":\"MINOR_EXIT\"")
                .contains("\"reason\":\"UNACCOMPANIED\"");
        String adult = record(crossing("EXIT", "N22334466", "AKHMETOV", now(4), "DAUREN", "1990-04-04").replace("\"UZB\"", "\"KAZ\""));
        org.assertj.core.api.Assertions.assertThat(adult).contains("\"state\":\"COMPLETED\"").contains("\"alerts\":[]");
    }

    @Test
    void anEntryOnAnExpiredDocumentWaitsAndIfAllowedGetsACardThatIsValid() throws Exception {
        String expired = record(crossing("ENTRY", "KE1000001", "SAFAROV", now(5), "BOBUR", "1985-06-01").replace("2031-05-01", "2020-01-01"));
        org.assertj.core.api.Assertions.assertThat(expired).contains("\"state\":\"HELD\"").contains("\"kind\":\"DOCUMENT_EXPIRED\"")
                .doesNotContain("\"card\":{");
        String alertId = expired.replaceAll("(?s).*\"alerts\":\\[\\{\"id\":(\\d+).*", "$1");
        String allowed = mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ALLOW\", \"reason\": \"Parent present at the post with the birth certificate\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"))
                .andReturn().getResponse().getContentAsString();
        String card = allowed.replaceAll("(?s).*\"card\":\\{\"number\":\"(M\\d{8})\".*", "$1");
        mvc.perform(get("/api/v1/cards/" + card)).andExpect(jsonPath("$.state").value("VALID"));
    }

    @Test
    void anEntryWhileTheLastCrossingOnRecordIsAnEntryWaitsAndAStopRefusesAtOnce() throws Exception {
        record(crossing("ENTRY", "KF1000001", "NORMATOV", "2026-10-01T08:00:00Z", "SHER", "1988-02-02"));
        String again = record(crossing("ENTRY", "KF1000002", "NORMATOV", now(6), "SHER", "1988-02-02"));
        org.assertj.core.api.Assertions.assertThat(again).contains("\"state\":\"HELD\"").contains("\"kind\":\"NO_EXIT_ON_RECORD\"")
                .contains("\"reason\":\"LAST_CROSSING_ENTRY\"");
        String alertId = again.replaceAll("(?s).*\"alerts\":\\[\\{\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"STOP\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REFUSED"));
        String exitThenEntry = record(crossing("EXIT", "KF1000003", "TOSHEV", "2026-10-01T08:00:00Z", "ULUGBEK", "1977-03-03"));
        org.assertj.core.api.Assertions.assertThat(exitThenEntry).contains("\"alerts\":[]");
        String back = record(crossing("ENTRY", "KF1000003", "TOSHEV", now(7), "ULUGBEK", "1977-03-03"));
        org.assertj.core.api.Assertions.assertThat(back).doesNotContain("NO_EXIT_ON_RECORD");
    }

    @Test
    void aDelayedRecordOfABannedEntryCompletesButKeepsTheAlert() throws Exception {
        String first = record(crossing("EXIT", "KD1000001", "ERGASHEV", "2025-01-10T08:00:00Z"));
        mvc.perform(post("/api/v1/border/bans").header("Authorization", "Bearer koshi-demo-police").contentType(MediaType.APPLICATION_JSON)
                .content("{\"personNumber\": \"" + field(first, "personNumber") + "\", \"kind\": \"ENTRY_BAN\", "
                        + "\"reason\": \"COURT_EXPULSION\", \"basis\": \"Суд № 2\", \"validFrom\": \"2025-01-10\"}")).andExpect(status().isCreated());
        String late = record(crossing("ENTRY", "KD1000001", "ERGASHEV", "2026-03-01T08:00:00Z"));
        org.assertj.core.api.Assertions.assertThat(late).contains("\"state\":\"COMPLETED\"").contains("\"state\":\"NOTED\"");
    }

    @Test
    void lettingAHeldCrossingThroughNeedsAReasonWhichIsAudited() throws Exception {
        String held = record(crossing("ENTRY", "KG1000001", "YULDASHEV", now(8), "AZIZ", "1982-05-05").replace("2031-05-01", "2020-01-01"));
        String alertId = held.replaceAll("(?s).*\"alerts\":\\[\\{\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ALLOW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ALLOW\", \"reason\": \"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/border/alerts/" + alertId + "/decision").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ALLOW\", \"reason\": \"Consulate letter 44/26 extends the passport\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select reason_key || ' ' || reason_args || ' ' || reason from audit_entry where action = 'CROSSING_ALERT_DECIDED' and subject_id = ?")
                .param(alertId).query(String.class).single())
                .isEqualTo("audit.reason.alert-decided LABEL:border.alert.state.:ALLOWED Consulate letter 44/26 extends the passport");
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("border")
    void theOfficersFormLetsAHeldCrossingThroughOnlyWithAReason() throws Exception {
        String held = record(crossing("ENTRY", "KH1000001", "RAKHIMOV", now(9), "OLIM", "1983-06-06").replace("2031-05-01", "2020-01-01"));
        String alertId = held.replaceAll("(?s).*\"alerts\":\\[\\{\"id\":(\\d+).*", "$1");
        String crossingId = held.replaceAll("(?s).*\"crossingId\":(\\d+).*", "$1");
        mvc.perform(get("/border/crossings/" + crossingId).param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Reason for letting through")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ban lifted by a court decision")));
        mvc.perform(post("/border/alerts/" + alertId + "/decision").with(csrf()).param("decision", "ALLOW")
                        .param("reason", "  ").param("crossing", crossingId))
                .andExpect(flash().attribute("alert", "border.alert.allow.reason-required"));
        mvc.perform(post("/border/alerts/" + alertId + "/decision").with(csrf()).param("decision", "ALLOW")
                        .param("crossing", crossingId))
                .andExpect(flash().attribute("alert", "border.alert.allow.reason-required"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select state from border_alert where id = ?")
                .param(Long.parseLong(alertId)).query(String.class).single()).isEqualTo("OPEN");
        mvc.perform(post("/border/alerts/" + alertId + "/decision").with(csrf()).param("decision", "ALLOW")
                        .param("reason", "Consulate letter").param("crossing", crossingId))
                .andExpect(redirectedUrl("/border/crossings/" + crossingId)).andExpect(flash().attributeCount(0));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select state from border_alert where id = ?")
                .param(Long.parseLong(alertId)).query(String.class).single()).isEqualTo("ALLOWED");
    }
}
