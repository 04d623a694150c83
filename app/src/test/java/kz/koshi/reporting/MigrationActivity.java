package kz.koshi.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real activity through the modules' own APIs, as the agencies' systems send it: foreigners' and citizens' crossings at
 * several checkpoints over months of 2026 (some leave again), a child citizen's exit stopped by the officer, a
 * registration, a permit and a court expulsion (which bans entry); then waits until every listener has run.
 */
final class MigrationActivity {

    static final String BORDER = "Bearer koshi-demo-border";
    static final String POLICE = "Bearer koshi-demo-police";
    private static final String[] CHECKPOINTS = {"ROAD-ZHIBEK", "AIR-ALA", "AIR-NQZ", "ROAD-KORDAI", "ROAD-TAZHEN"};
    private static final String[] CITIZENSHIPS = {"UZB", "KGZ", "CHN", "TUR", "RUS"};
    private static final String[] PURPOSES = {"WORK", "PRIVATE", "TOURISM", "STUDY", "BUSINESS"};

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Random random;
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    final List<String> foreigners = new ArrayList<>();

    MigrationActivity(MockMvc mvc, JdbcClient jdbc, long seed) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** {@code travellers} foreigners and a few citizens crossing, and the stay records; returns when all listeners ran. */
    MigrationActivity generate(int travellers) throws Exception {
        for (int i = 0; i < travellers; i++) {
            String citizenship = CITIZENSHIPS[i % CITIZENSHIPS.length];
            LocalDate entered = LocalDate.of(2026, 2 + random.nextInt(8), 1 + random.nextInt(27));
            String body = crossing("ENTRY", CHECKPOINTS[i % CHECKPOINTS.length], entered, "F" + run + i, citizenship,
                    i % 3 == 0 ? "F" : "M", LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(27)),
                    PURPOSES[random.nextInt(PURPOSES.length)]);
            String person = JsonPath.read(send("/api/v1/crossings", BORDER, body), "$.personNumber");
            foreigners.add(person);
            if (i % 2 == 0) {
                send("/api/v1/crossings", BORDER, body.replace("\"ENTRY\"", "\"EXIT\"")
                        .replace(entered + "T", entered.plusDays(5 + random.nextInt(40)) + "T"));
            }
        }
        for (int i = 0; i < 3; i++) {
            LocalDate left = LocalDate.of(2026, 3 + i, 10);
            String body = crossing("EXIT", CHECKPOINTS[i], left, "C" + run + i, "KAZ", "M", LocalDate.of(1985, 5, 5), "WORK");
            send("/api/v1/crossings", BORDER, body);
            send("/api/v1/crossings", BORDER, body.replace("\"EXIT\"", "\"ENTRY\"").replace(left + "T", left.plusDays(20) + "T"));
        }
        stopAChild();
        stayRecords();
        settle();
        return this;
    }

    private void stopAChild() throws Exception {
        String now = java.time.Instant.now().minusSeconds(180).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        String held = send("/api/v1/crossings", BORDER, crossing("EXIT", "AIR-ALA", today, "K" + run, "KAZ", "F",
                LocalDate.of(2014, 4, 4), "TOURISM").replace(today + "T06:00:00Z", now));
        List<Number> alerts = JsonPath.read(held, "$.alerts[?(@.kind == 'MINOR_EXIT' && @.state == 'OPEN')].id");
        org.assertj.core.api.Assertions.assertThat(alerts).as(held).hasSize(1);
        Number alert = alerts.getFirst();
        send("/api/v1/border/alerts/" + alert + "/decision", BORDER, "{\"decision\": \"STOP\"}");
    }

    private void stayRecords() throws Exception {
        send("/api/v1/stay/registrations", POLICE, """
                {"personNumber": "%s", "party": "POLICE", "validFrom": "2026-05-02", "validUntil": "2026-07-30"}""".formatted(foreigners.get(1)));
        send("/api/v1/stay/permits", POLICE, """
                {"personNumber": "%s", "kind": "RESIDENCE", "employer": "-", "validFrom": "2026-06-01", "validUntil": "2027-05-31"}"""
                .formatted(foreigners.get(3)));
        send("/api/v1/stay/expulsions", POLICE, """
                {"personNumber": "%s", "courtAct": "2-%s/2026", "decidedOn": "2026-07-15", "leaveBy": "2026-07-25"}"""
                .formatted(foreigners.get(5), run));
    }

    /** Until every publication of the event registry is complete: all listeners, the statistics' among them, have run. */
    void settle() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }

    private String send(String path, String token, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    static String crossing(String direction, String checkpoint, LocalDate on, String document, String citizenship, String sex,
                           LocalDate born, String purpose) {
        return """
                {"direction": "%s", "checkpoint": "%s", "occurredAt": "%sT06:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s", "expiresOn": "2033-05-01"},
                 "surname": "TESTOV%s", "givenNames": "ALI", "birthDate": "%s", "sex": "%s",
                 "citizenship": "%s", "purpose": "%s", "accompanyingMinors": []}""".formatted(direction, checkpoint, on, document,
                citizenship, letters(document), born, sex, citizenship, purpose);
    }

    /** A surname from a document number: its digits as letters. */
    private static String letters(String document) {
        StringBuilder name = new StringBuilder();
        document.chars().forEach(c -> name.append(Character.isDigit(c) ? (char) ('A' + c - '0') : (char) c));
        return name.toString();
    }
}
