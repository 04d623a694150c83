package kz.koshi.border;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class CrossingApiTest {

    static final String BORDER = "Bearer koshi-demo-border";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static final String[] GIVEN = {"SHERZOD", "AZIZ", "DILNOZA", "FARRUKH", "GULNORA", "ISLOM", "JASUR", "KAMOLA",
            "LOLA", "MADINA", "NODIR", "OYBEK", "PARVINA", "RUSTAM", "SANJAR", "TIMUR", "ULUGBEK", "VALI", "ZARINA"};

    /** A traveller of their own: given name and birth date follow from the document number, so tests never meet. */
    static String crossing(String direction, String number, String surname, String at) {
        int h = Math.abs(number.hashCode());
        return crossing(direction, number, surname, at, GIVEN[h % GIVEN.length] + " " + GIVEN[(h / 7) % GIVEN.length],
                java.time.LocalDate.of(1960, 1, 1).plusDays(h % 15_000).toString());
    }

    static String crossing(String direction, String number, String surname, String at, String given, String birth) {
        return """
                {"direction": "%s", "checkpoint": "ROAD-ZHIBEK", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "UZB", "expiresOn": "2031-05-01"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "M",
                 "citizenship": "UZB", "purpose": "WORK", "accompanyingMinors": []}""".formatted(direction, at, number, surname, given, birth);
    }

    MvcResult post201(String body) throws Exception {
        return mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn();
    }

    @Test
    void aForeignersFirstEntryIsResolvedGetsACardAndAStatus() throws Exception {
        mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content(crossing("ENTRY", "AB1234567", "YUSUPOV", "2026-11-20T08:15:00Z")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.crossingId").isNumber())
                .andExpect(jsonPath("$.personNumber").value(matchesPattern("KP\\d{9}")))
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.card.number").value(matchesPattern("M\\d{8}")))
                .andExpect(jsonPath("$.card.issuedNow").value(true))
                .andExpect(jsonPath("$.status.status").isString())
                .andExpect(jsonPath("$.status.stayLegalUntil").value("2027-02-17"))
                .andExpect(jsonPath("$.alerts").isEmpty());
    }

    @Test
    void theSamePersonUnderANewPassportAndAnotherSpellingKeepsPersonAndCard() throws Exception {
        String first = post201(crossing("ENTRY", "FA7000001", "JURAEV", "2026-11-01T08:00:00Z", "BAKHODIR", "1987-06-05")).getResponse().getContentAsString();
        String again = post201(crossing("ENTRY", "FA7000099", "ДЖУРАЕВ", "2026-11-10T08:00:00Z", "БАХОДИР", "1987-06-05")).getResponse().getContentAsString();
        assertThat(field(again, "personNumber")).isEqualTo(field(first, "personNumber"));
        assertThat(again).contains("\"issuedNow\":false");
    }

    @Test
    void aDuplicateIsRefusedWith409AndStoredOnce() throws Exception {
        String body = crossing("ENTRY", "AC5550001", "TOSHEV", "2026-11-19T10:00:00Z");
        post201(body);
        mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:conflict"));
        assertThat(jdbc.sql("select count(*) from border_crossing where document_number = 'AC5550001'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void badInputIsAProblemDetailNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content(crossing("ENTRY", "AB-12", "X", "2026-11-20T08:15:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("document.number")));
        mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content(crossing("ENTRY", "AB7654321", "X", "2026-11-20T08:15:00Z").replaceAll("\"birthDate\": \"[0-9-]+\"", "\"birthDate\": \"1994-02-30\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("birthDate")));
        mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content(crossing("ENTRY", "AB7654321", "X", "2026-11-20T08:15:00Z").replace("ROAD-ZHIBEK", "NOWHERE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("checkpoint"))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown checkpoint: see GET /api/v1/border/checkpoints."));
        assertThat(jdbc.sql("select count(*) from border_crossing where document_number = 'AB7654321'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aBatchReportsEveryItemAndKeepsTheGoodOnes() throws Exception {
        String good = crossing("ENTRY", "BT1000001", "RAHIMOV", "2026-11-18T06:00:00Z");
        String body = "[" + good + "," + crossing("ENTRY", "BT1000002", "KARIMOVA", "2026-13-18T06:00:00Z") + "," + good + "]";
        mvc.perform(post("/api/v1/crossings/batch").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("RECORDED"))
                .andExpect(jsonPath("$[0].crossing.card.number").exists())
                .andExpect(jsonPath("$[1].outcome").value("REJECTED"))
                .andExpect(jsonPath("$[1].problems[0].field").value("occurredAt"))
                .andExpect(jsonPath("$[2].outcome").value("DUPLICATE"));
        assertThat(jdbc.sql("select count(*) from border_crossing where document_number like 'BT10000%'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aBatchIsResolvedInOrderSoOneTravellersEntryAndExitMeetOnePersonAndOneCard() throws Exception {
        String in = crossing("ENTRY", "BT2000001", "ERGASHEV", "2026-10-02T06:00:00Z");
        String out = crossing("EXIT", "BT2000001", "ERGASHEV", "2026-10-20T18:00:00Z");
        String other = crossing("ENTRY", "BT2000002", "SAIDOVA", "2026-10-03T09:30:00Z");
        MvcResult result = mvc.perform(post("/api/v1/crossings/batch").header("Authorization", BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content("[" + in + "," + other + "," + out + "]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].outcome").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("RECORDED"))))
                .andExpect(jsonPath("$[0].crossing.card.issuedNow").value(true))
                .andExpect(jsonPath("$[1].crossing.card.issuedNow").value(true))
                .andExpect(jsonPath("$[2].crossing.card.issuedNow").value(false))
                .andExpect(jsonPath("$[2].crossing.status.status").exists())
                .andReturn();
        String body = result.getResponse().getContentAsString();
        String traveller = jdbc.sql("select person_number from border_crossing where document_number = 'BT2000001' and direction = 'ENTRY'")
                .query(String.class).single();
        assertThat(jdbc.sql("select count(distinct person_number) from border_crossing where document_number = 'BT2000001'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from border_card where person_number = ?").param(traveller).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select last_direction from border_presence where person_number = ?").param(traveller)
                .query(String.class).single()).as("the later crossing of the batch is where the traveller is").isEqualTo("EXIT");
        assertThat(body).contains(traveller);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CROSSING_RECORDED' and subject_id in "
                + "(select cast(id as varchar(20)) from border_crossing where document_number like 'BT20000%')").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void checkpointsAreReferenceDataInThreeLanguages() throws Exception {
        mvc.perform(get("/api/v1/border/checkpoints").header("Authorization", BORDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'AIR-ALA')].name.kk").value(hasItem("Алматы халықаралық әуежайы")))
                .andExpect(jsonPath("$[?(@.code == 'RAIL-DOSTYK')].kind").value(hasItem("RAIL")))
                .andExpect(jsonPath("$[?(@.code == 'ROAD-KORDAI')].regionCode").value(hasItem("KZ-31")));
    }

    @Test
    void onlyTheBorderServiceRecordsCrossings() throws Exception {
        mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-career").contentType(MediaType.APPLICATION_JSON)
                        .content(crossing("ENTRY", "AB1999999", "X", "2026-11-20T08:15:00Z")))
                .andExpect(status().isForbidden());
    }

    static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
