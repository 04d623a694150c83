package kz.koshi.border;

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

/** The officers' forms for entry bans, watch lists and minors' guardians, and the board's region choice. */
@DatabaseTest
class BorderPersonPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService officers;

    @Autowired
    JdbcClient jdbc;

    private String record(String body) throws Exception {
        return mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static String minutesAgo(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?").params(action, subject)
                .query(Long.class).single();
    }

    @Test
    @WithUserDetails("police")
    void aMigrationOfficerFindsThePersonBansThemAndLiftsTheBanAndTheNextEntryIsNotStopped() throws Exception {
        String person = field(record(crossing("EXIT", "PB1000001", "TOKHTAROV", "2026-03-01T08:00:00Z", "ILKHOM", "1981-05-17")),
                "personNumber");
        mvc.perform(get("/border/persons").param("q", "Tokhtarov 1981")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/border/persons/" + person + "\"")));
        mvc.perform(get("/border/persons").param("q", person.toLowerCase()))
                .andExpect(redirectedUrl("/border/persons/" + person));

        String today = LocalDate.now().toString();
        mvc.perform(post("/border/persons/" + person + "/bans").with(csrf()).param("personNumber", person)
                        .param("kind", "ENTRY_BAN").param("reason", "DEPORTATION").param("basis", "Решение МВД № 15-2/77")
                        .param("validFrom", today).param("validUntil", LocalDate.now().minusDays(1).toString()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end is before the start.")))
                .andExpect(content().string(containsString("name=\"validFrom\" value=\"" + today + "\"")));
        mvc.perform(post("/border/persons/" + person + "/bans").with(csrf()).param("personNumber", person)
                        .param("kind", "ENTRY_BAN").param("reason", "DEPORTATION").param("basis", "Решение МВД № 15-2/77")
                        .param("validFrom", "").param("validUntil", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Заполните это поле.")));
        assertThat(jdbc.sql("select count(*) from border_ban where person_number = ?").param(person).query(Long.class).single()).isZero();

        mvc.perform(post("/border/persons/" + person + "/bans").with(csrf()).param("personNumber", person)
                        .param("kind", "ENTRY_BAN").param("reason", "DEPORTATION").param("basis", "Решение МВД № 15-2/77")
                        .param("validFrom", today).param("validUntil", ""))
                .andExpect(redirectedUrl("/border/persons/" + person));
        long ban = jdbc.sql("select id from border_ban where person_number = ?").param(person).query(Long.class).single();
        mvc.perform(get("/border/persons/" + person).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Решение МВД № 15-2/77")))
                .andExpect(content().string(containsString("until lifted")))
                .andExpect(content().string(containsString("In force")));
        assertThat(field(record(crossing("ENTRY", "PB1000001", "TOKHTAROV", minutesAgo(3), "ILKHOM", "1981-05-17")), "state"))
                .isEqualTo("HELD");

        mvc.perform(post("/border/persons/" + person + "/bans/" + ban + "/lifting").with(csrf()).param("liftedOn", today)
                        .param("basis", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Заполните это поле.")));
        mvc.perform(post("/border/persons/" + person + "/bans/" + ban + "/lifting").with(csrf()).param("liftedOn", today)
                        .param("basis", "Решение суда об отмене, дело 2-114/26"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Подтвердите действие: отметьте флажок.")));
        assertThat(audited("ENTRY_BAN_LIFTED", String.valueOf(ban))).isZero();
        mvc.perform(post("/border/persons/" + person + "/bans/" + ban + "/lifting").with(csrf()).param("liftedOn", today)
                        .param("basis", "Решение суда об отмене, дело 2-114/26").param("confirmed", "true"))
                .andExpect(redirectedUrl("/border/persons/" + person));
        mvc.perform(post("/border/persons/" + person + "/bans/" + ban + "/lifting").with(csrf()).param("liftedOn", today)
                        .param("basis", "ещё раз").param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Этот запрет уже снят.")));
        mvc.perform(get("/border/persons/" + person).param("lang", "en"))
                .andExpect(content().string(containsString("Lifted from " + today + " (Дмитрий Ковалёв): Решение суда об отмене, дело 2-114/26")));
        assertThat(audited("ENTRY_BAN_LIFTED", String.valueOf(ban))).isEqualTo(1);
        assertThat(audited("BORDER_FILE_VIEWED", person)).isPositive();

        String again = record(crossing("ENTRY", "PB1000001", "TOKHTAROV", minutesAgo(1), "ILKHOM", "1981-05-17"));
        assertThat(again).contains("\"state\":\"COMPLETED\"").doesNotContain("ENTRY_BAN");
    }

    @Test
    void theApiLiftsABanAndKeepsItsRecord() throws Exception {
        String person = field(record(crossing("EXIT", "PB2000001", "SAIDOV", "2026-02-01T08:00:00Z")), "personNumber");
        String ban = mvc.perform(post("/api/v1/border/bans").header("Authorization", "Bearer koshi-demo-police")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"personNumber": "%s", "kind": "WATCH_LIST", "reason": "SEARCH", "basis": "Ориентировка 44",
                                 "validFrom": "2026-02-01", "validUntil": "2026-12-31"}""".formatted(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = ban.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/border/bans/" + id + "/lifting").header("Authorization", "Bearer koshi-demo-police")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"liftedOn\": \"2026-02-10\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/border/bans/" + id + "/lifting").header("Authorization", "Bearer koshi-demo-police")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"liftedOn\": \"2026-02-10\", \"basis\": \"Розыск прекращён\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liftedOn").value("2026-02-10"))
                .andExpect(jsonPath("$.validUntil").value("2026-02-09"))
                .andExpect(jsonPath("$.untilBeforeLifting").value("2026-12-31"))
                .andExpect(jsonPath("$.liftBasis").value("Розыск прекращён"));
        mvc.perform(post("/api/v1/border/bans/" + id + "/lifting").header("Authorization", "Bearer koshi-demo-police")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"liftedOn\": \"2026-02-11\", \"basis\": \"x\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/border/bans/999999999/lifting").header("Authorization", "Bearer koshi-demo-police")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"liftedOn\": \"2026-02-11\", \"basis\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/border/bans/" + id + "/lifting").header("Authorization", "Bearer koshi-demo-career")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"liftedOn\": \"2026-02-11\", \"basis\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/border/persons/" + person + "/bans").header("Authorization", "Bearer koshi-demo-police"))
                .andExpect(jsonPath("$[0].liftedBy").value(org.hamcrest.Matchers.notNullValue()))
                .andExpect(jsonPath("$[0].basis").value("Ориентировка 44"));
        mvc.perform(post("/api/v1/border/bans").header("Authorization", "Bearer koshi-demo-police").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personNumber\": \"KP999999990\", \"kind\": \"ENTRY_BAN\", \"reason\": \"SEARCH\", \"basis\": \"Розыск № 2\", \"validFrom\": \"2026-02-01\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("border")
    void aBorderOfficerRecordsTheParentOfAMinorCitizenAndTheNextExitNeedsNoDecision() throws Exception {
        String child = """
                [{"surname": "ZHUMABEKOVA", "givenNames": "AYAULYM", "birthDate": "2016-09-03", "citizenship": "KAZ",
                  "relation": "PARENT"}]""";
        java.util.function.UnaryOperator<String> exitAt = at -> crossing("EXIT", "N23456789", "ZHUMABEKOV", at, "NURLAN", "1985-02-11")
                .replace("\"UZB\"", "\"KAZ\"").replace("\"accompanyingMinors\": []", "\"accompanyingMinors\": " + child);
        String first = record(exitAt.apply(minutesAgo(4)));
        assertThat(first).contains("\"reason\":\"NOT_ON_RECORD\"");
        String adult = field(first, "personNumber");
        String minor = jdbc.sql("select m.person_number from border_crossing_minor m join border_crossing c on c.id = m.crossing_id "
                + "where c.person_number = ?").param(adult).query(String.class).list().getFirst();

        mvc.perform(get("/border/persons/" + adult)).andExpect(status().isOk())
                .andExpect(content().string(containsString("только для граждан Казахстана младше 18 лет")))
                .andExpect(content().string(not(containsString("name=\"adultPersonNumber\""))));
        mvc.perform(post("/border/persons/" + minor + "/guardians").with(csrf()).param("childPersonNumber", minor)
                        .param("adultPersonNumber", minor).param("relation", "PARENT").param("basis", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ребёнок не может быть своим опекуном.")));
        mvc.perform(post("/border/persons/" + minor + "/guardians").with(csrf()).param("childPersonNumber", minor)
                        .param("adultPersonNumber", "KP999999990").param("relation", "PARENT").param("basis", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Такого лица нет в реестре.")));
        mvc.perform(post("/api/v1/border/guardians").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childPersonNumber\": \"" + adult + "\", \"adultPersonNumber\": \"" + minor
                                + "\", \"relation\": \"PARENT\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("childPersonNumber"));
        mvc.perform(post("/border/persons/" + minor + "/guardians").with(csrf()).param("childPersonNumber", minor)
                        .param("adultPersonNumber", adult).param("relation", "PARENT").param("basis", "Свидетельство о рождении I-АЛ 0012345"))
                .andExpect(redirectedUrl("/border/persons/" + minor));
        mvc.perform(post("/border/persons/" + minor + "/guardians").with(csrf()).param("childPersonNumber", minor)
                        .param("adultPersonNumber", adult).param("relation", "PARENT").param("basis", ""))
                .andExpect(redirectedUrl("/border/persons/" + minor));
        assertThat(jdbc.sql("select count(*) from border_guardian where child_person_number = ?").param(minor)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/border/persons/" + minor).param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/persons/" + adult + "\"")))
                .andExpect(content().string(containsString("<td>Ата-ана</td>")))
                .andExpect(content().string(containsString("Свидетельство о рождении I-АЛ 0012345")));
        // the migration police record guardians too (issue 11): the form is offered to a police officer as well
        mvc.perform(get("/border/persons/" + minor).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(officers.loadUserByUsername("police"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"adultPersonNumber\"")));

        String second = record(exitAt.apply(minutesAgo(2)));
        assertThat(second).contains("\"state\":\"COMPLETED\"").doesNotContain("MINOR_EXIT");
    }

    /** Guardians are recorded by the border service and the police (issue 11); a labour officer is refused, audited. */
    @Test
    @WithUserDetails("labour")
    void theGuardianFormIsTheBorderServiceAndPolicesAndARefusalIsAudited() throws Exception {
        String person = field(record(crossing("EXIT", "PB3000001", "ALIEV", "2026-02-01T08:00:00Z")), "personNumber");
        mvc.perform(post("/border/persons/" + person + "/guardians").with(csrf()).param("childPersonNumber", person)
                        .param("adultPersonNumber", person).param("relation", "PARENT").param("basis", ""))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAGE_ACCESS_DENIED' and subject_id = ?")
                .param("POST /border/persons/" + person + "/guardians").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("labour")
    void otherOfficersCannotFindPersonsOrBanThem() throws Exception {
        mvc.perform(get("/border/persons")).andExpect(status().isForbidden());
        mvc.perform(post("/border/persons/KP000001231/bans").with(csrf()).param("personNumber", "KP000001231")
                        .param("kind", "ENTRY_BAN").param("reason", "SEARCH").param("validFrom", "2026-01-01"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAGE_ACCESS_DENIED' and subject_id = ?")
                .param("GET /border/persons").query(Long.class).single()).isPositive();
    }

    @Test
    @WithUserDetails("border")
    void theBoardOffersTheRegionsInForceThatHaveCheckpointsByName() throws Exception {
        mvc.perform(get("/border/board").param("region", "KZ-61")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"KZ-61\" selected=\"selected\">Туркестанская область</option>")))
                .andExpect(content().string(containsString("value=\"KZ-75\"")))
                .andExpect(content().string(not(containsString("value=\"KZ-YUZ\""))))
                .andExpect(content().string(not(containsString("name=\"region\" type=\"text\""))));
        mvc.perform(get("/border/board").param("lang", "kk")).andExpect(content().string(containsString("Түркістан облысы")));
    }
}
