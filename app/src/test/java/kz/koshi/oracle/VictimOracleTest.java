package kz.koshi.oracle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The oracle test for "this person is a presumed victim of trafficking": two travellers enter alike; one of
 * them becomes a victim's case (a crisis centre's record, a reflection period, a referral to a career centre),
 * the other is referred to the career centre by an akimat. Every other agency's system and every other role
 * then asks every endpoint this touches about both, and must get the same answer for the victim as for the
 * other traveller: the same status code and the same content, but for the person number. Only the migration
 * police and prosecutors learn one thing more, that removal is suspended, without the reason.
 */
@DatabaseTest
class VictimOracleTest {

    private static final List<String> TOKENS = List.of("border", "police", "labour", "akimat", "career", "prosecutor",
            "commission", "agency", "hotline", "mfa", "admin");
    private static final List<String> OFFICERS = List.of("border", "police", "labour", "akimat", "career", "prosecutor",
            "analyst", "agency", "guardian", "hotline", "mfa", "admin");
    private static final Set<String> TOLD_OF_SUSPENSION = Set.of("police", "prosecutor");
    /** The feeds that officers' own systems send records as. */
    private static final Map<String, String> FEEDS = Map.of("border", "border", "police", "migration_police",
            "labour", "labour", "career", "career_centre", "akimat", "akimat");
    private static final List<String> PROTECTED_WORDS = List.of("crisis", "Кризисный", "Дағдарыс", "victim", "жертв",
            "құрбан", "trafficking", "VICTIM_SUPPORT", "reflection", "removalBlocked");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private static int run;
    private String victim;
    private String other;
    private String victimSurname;
    private String victimGiven;
    private String otherSurname;

    private String enter(String passport, String surname, String given) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "UZB"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "UZB", "purpose": "WORK"}""".formatted(LocalDate.now().minusDays(3), passport, surname, given, born());
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(receipt, "$.personNumber");
    }

    @BeforeEach
    void aVictimAndAnotherTraveller() throws Exception {
        run++;
        String[][] names = {{"BEKTEMIROVA", "DILNOZA", "Бектемирова", "Дильноза"},
                {"ZHANSUGUROVA", "MUKHLISA", "Жансугурова", "Мухлиса"}, {"KURMANGAZIYEVA", "FERUZA", "Курмангазиева", "Феруза"}};
        String[] v = names[(run - 1) % names.length];
        victimSurname = v[0];
        victimGiven = v[1];
        otherSurname = "ABYLAIKHANOVA" + (char) ('A' + run);
        victim = enter(passport(true), v[0], v[1]);
        other = enter(passport(false), otherSurname, "ZARINA");
        String screening = """
                {"pathway":"HOTLINE","exploitationType":"LABOUR","crossBorder":true,"indicators":["DOCUMENTS_CONFISCATED"],
                 "presumedVictim":true,"grounds":"Passport taken by the employer.","surname":"%s","givenName":"%s",
                 "birthDate":"%s","sex":"F","citizenship":"UZB","regionCode":"KZ-71"}""".formatted(v[2], v[3], born());
        String opened = mvc.perform(post("/api/v1/protection/screenings").header("Authorization", "Bearer koshi-demo-crisis")
                .contentType(MediaType.APPLICATION_JSON).content(screening)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(opened, "$.caseId")).longValue();
        assertThat(jdbc.sql("select person_number from protection_case where id = ?").param(caseId).query(String.class).single())
                .as("the crisis centre's record reaches the person the border knows").isEqualTo(victim);
        mvc.perform(post("/api/v1/protection/cases/{id}/outcomes", caseId).header("Authorization", "Bearer koshi-demo-crisis")
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"EMPLOYMENT_REFERRAL\",\"recordedOn\":\""
                        + LocalDate.now().minusDays(1) + "\",\"contactPhone\":\"+7 700 000 00 01\",\"sharedChannels\":[\"PHONE\"]}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/employment/referrals").header("Authorization", "Bearer koshi-demo-akimat")
                .contentType(MediaType.APPLICATION_JSON).content("{\"personNumber\":\"" + other
                        + "\",\"programme\":\"AKIMAT_JOB_SEEKER\",\"regionCode\":\"KZ-71\",\"contactPhone\":\"+7 700 000 00 01\",\"sharedChannels\":[\"PHONE\"]}"))
                .andExpect(status().isCreated());
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(JsonPath.<Boolean>read(
                answer(get("/api/v1/stay/persons/{n}/status", victim).header("Authorization", "Bearer koshi-demo-police"))
                        .getContentAsString(), "$.removalSuspended")).isTrue());
    }

    /** Passports far apart, so that no traveller's looks like a typo of another's. */
    private static String passport(boolean ofVictim) {
        String[] victims = {"OR4718293", "OR9051736", "OR2369481"};
        String[] others = {"OR6602915", "OR1387452", "OR8823064"};
        return (ofVictim ? victims : others)[(run - 1) % victims.length];
    }

    /** Both travellers of a run share a birth date; runs differ, so that no run's travellers match another's. */
    private static String born() {
        return LocalDate.of(1977 + 6 * run, run, 9 + 5 * run).toString();
    }

    private MockHttpServletResponse answer(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The answer about one of the two, with what tells them apart anyway (their numbers, names, passports) taken out. */
    private String neutral(String body, String person) {
        return body.replace(person, "PERSON").replace(victimSurname, "NAME").replace(otherSurname, "NAME")
                .replace(victimGiven, "GIVEN").replace("ZARINA", "GIVEN")
                .replaceAll("OR\\d{7}", "PASSPORT").replaceAll("or[vo](\\d+)", "or$1")
                .replaceAll("<td>\\d+</td>", "<td>ID</td>").replaceAll("/border/crossings/\\d+", "/border/crossings/ID").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"").replaceAll("\\s+", " ").replaceAll("\"(id|sourceRecordId)\":\\d+", "\"$1\":0").replaceAll("M\\d{8}", "CARD")
                .replaceAll("\\d{2}:\\d{2}:\\d{2}\\.\\d+", "HH:MM:SS")
                // the score its own border record got on arrival, against whoever was registered then
                .replaceAll("\"matchProbability\":[-0-9.E]+", "\"matchProbability\":0")
                .replaceAll("\"(number|cardNumber)\":\"[^\"]*\"", "\"$1\":\"CARD\"")
                .replaceAll("\\d{2}:\\d{2}", "HH:MM");
    }

    private void sameAnswer(String who, String path, java.util.function.Function<String, RequestBuilder> ask) throws Exception {
        MockHttpServletResponse ofVictim = answer(ask.apply(victim));
        MockHttpServletResponse ofOther = answer(ask.apply(other));
        assertThat(ofVictim.getStatus()).as(who + " " + path + ": status").isEqualTo(ofOther.getStatus());
        String body = ofVictim.getContentAsString();
        PROTECTED_WORDS.forEach(w -> assertThat(body).as(who + " " + path).doesNotContainIgnoringCase(w));
        if (TOLD_OF_SUSPENSION.contains(who) && path.endsWith("/status")) {
            assertThat(JsonPath.<Boolean>read(body, "$.removalSuspended")).isTrue();
            assertThat(JsonPath.<Boolean>read(ofOther.getContentAsString(), "$.removalSuspended")).isFalse();
            return;
        }
        assertThat(neutral(body, victim)).as(who + " " + path).isEqualTo(neutral(ofOther.getContentAsString(), other));
    }

    @Test
    void noOtherAgencysSystemLearnsAnythingFromTheApi() throws Exception {
        for (String who : TOKENS) {
            String token = "Bearer koshi-demo-" + who;
            sameAnswer(who, "/api/v1/stay/persons/{n}/status", n -> get("/api/v1/stay/persons/{n}/status", n).header("Authorization", token));
            sameAnswer(who, "/api/v1/identity/persons/{n}/sources",
                    n -> get("/api/v1/identity/persons/{n}", n).header("Authorization", token));
            MockHttpServletResponse list = answer(get("/api/v1/employment/support-requests").header("Authorization", token));
            if (list.getStatus() == 200) {
                String json = list.getContentAsString();
                List<Map<String, Object>> rows = JsonPath.read(json, "$");
                Map<String, Object> ofVictim = rows.stream().filter(r -> victim.equals(r.get("personNumber"))).findFirst().orElseThrow();
                Map<String, Object> ofOther = rows.stream().filter(r -> other.equals(r.get("personNumber"))).findFirst().orElseThrow();
                assertThat(ofVictim).usingRecursiveComparison().ignoringFields("id", "personNumber", "personName").isEqualTo(ofOther);
                assertThat(ofVictim.get("personName")).as("both named, as any programme's referral").isNotNull();
                assertThat(ofOther.get("personName")).isNotNull();
                PROTECTED_WORDS.forEach(w -> assertThat(json).doesNotContainIgnoringCase(w));
            }
            if (FEEDS.containsKey(who)) {
                String source = FEEDS.get(who);
                MockHttpServletResponse toVictim = record(token, source, "orv" + run, victimSurname);
                MockHttpServletResponse toOther = record(token, source, "oro" + run, otherSurname);
                assertThat(toVictim.getStatus()).isEqualTo(toOther.getStatus());
                assertThat(JsonPath.<String>read(toVictim.getContentAsString(), "$.resolution"))
                        .as(who + ": the same outcome for the victim as for the other traveller")
                        .isEqualTo(JsonPath.read(toOther.getContentAsString(), "$.resolution"));
                assertThat(JsonPath.<String>read(toVictim.getContentAsString(), "$.personNumber")).isEqualTo(victim);
            }
        }
    }

    private MockHttpServletResponse record(String token, String source, String id, String surname) throws Exception {
        String passport = passport(surname.equals(victimSurname));
        String given = surname.equals(victimSurname) ? JsonPath.read(answer(get("/api/v1/identity/persons/{n}", victim)
                .header("Authorization", "Bearer koshi-demo-police")).getContentAsString(), "$.person.givenName") : "ZARINA";
        return answer(post("/api/v1/identity/records").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"source":"%s","recordId":"%s-%s","surname":"%s","givenName":"%s","birthDate":"%s","sex":"F",
                         "citizenship":"UZB","documentNumber":"%s"}""".formatted(source, id, source, surname, given, born(), passport)));
    }

    @Test
    void noOtherRoleLearnsAnythingFromThePages() throws Exception {
        for (String who : OFFICERS) {
            var officer = user(users.loadUserByUsername(who));
            for (String path : List.of("/stay/persons/{n}", "/persons/{n}", "/border/persons/{n}")) {
                MockHttpServletResponse ofVictim = answer(get(path, victim).param("lang", "en").with(officer));
                MockHttpServletResponse ofOther = answer(get(path, other).param("lang", "en").with(officer));
                assertThat(ofVictim.getStatus()).as(who + " " + path).isEqualTo(ofOther.getStatus());
                String page = main(ofVictim.getContentAsString());
                String otherPage = main(ofOther.getContentAsString());
                if (TOLD_OF_SUSPENSION.contains(who) && !path.startsWith("/border") && ofVictim.getStatus() == 200) {
                    assertThat(page).contains("id=\"removal-suspended\"");
                    page = page.replaceAll("<span class=\"badge\" id=\"removal-suspended\">[^<]*</span>", "");
                }
                assertThat(neutral(page, victim)).as(who + " " + path).isEqualTo(neutral(otherPage, other));
            }
            MockHttpServletResponse employment = answer(get("/employment").param("lang", "en").with(officer));
            if (employment.getStatus() == 200) {
                String page = main(employment.getContentAsString());
                assertThat(page).contains(victim, other);
                PROTECTED_WORDS.forEach(w -> assertThat(page).doesNotContainIgnoringCase(w));
            }
        }
    }

    private static String main(String html) {
        int start = html.indexOf("<main");
        return start < 0 ? html : html.substring(start, html.indexOf("</main>") + 7);
    }
}
