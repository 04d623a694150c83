package kz.koshi.stay;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/** Issue 12, section 3, through the API and the form: police registration (M5) and the household employer's IIN (L2). */
@DatabaseTest
class StayRulesApiTest {

    private static final String POLICE = "Bearer koshi-demo-police";
    private static final String LABOUR = "Bearer koshi-demo-labour";
    private static final String[] GIVEN = {"NODIRA", "SHAHLO", "MUNISA", "FERUZA", "GULRUKH", "ZARINA", "MALIKA"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String enter(String passport, String surname, int n, String citizenship, LocalDate on) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "%s", "purpose": "WORK"}""".formatted(on, passport, citizenship, surname, GIVEN[n],
                LocalDate.of(1975 + 3 * n, 1 + n, 3 + 2 * n), citizenship);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    private ResultActions postJson(String path, String token, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String domesticPermit(String person, String employer) {
        return """
                {"personNumber": "%s", "kind": "DOMESTIC_WORKER", "employer": "%s", "validFrom": "2026-12-01",
                 "validUntil": "2026-12-31", "months": 1, "taxPaid": 8650}""".formatted(person, employer);
    }

    private long permits(String person) {
        return jdbc.sql("select count(*) from stay_permit where person_number = ?").param(person).query(Long.class).single();
    }

    @Test
    void onlyAMigrationPoliceRegistrationRegistersACitizenOfAPoliceRegistrationCountry() throws Exception {
        LocalDate entry = LocalDate.now().minusDays(10);
        String person = enter("SR8100001", "KARIMOVA", 0, "UZB", entry);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from stay_violation where person_number = ?").param(person).query(Long.class).single()).isEqualTo(1));
        String registration = """
                {"personNumber": "%s", "party": "%s", "validFrom": "%s", "validUntil": "%s"}""";
        postJson("/api/v1/stay/registrations", POLICE, registration.formatted(person, "HOST", entry.plusDays(1), entry.plusDays(60)))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("party"));
        assertThat(jdbc.sql("select count(*) from stay_registration where person_number = ?").param(person).query(Long.class).single())
                .as("a host's notice is refused, not recorded as if it registered").isZero();
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(jsonPath("$.status").value("REGISTRATION_OVERDUE")).andExpect(jsonPath("$.registered").value(false))
                .andExpect(jsonPath("$.registrar").value("MIGRATION_POLICE"));
        postJson("/api/v1/stay/registrations", POLICE, registration.formatted(person, "POLICE", entry.plusDays(7), entry.plusDays(60)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(jsonPath("$.status").value("LEGAL")).andExpect(jsonPath("$.registered").value(true))
                .andExpect(jsonPath("$.violations[0].kind").value("MISSED_REGISTRATION"))
                .andExpect(jsonPath("$.violations[0].days").value(2));
    }

    @Test
    void theLimitOfFiveDomesticWorkersCountsTheEmployersIinHoweverItIsSpaced() throws Exception {
        String[] spellings = {"750605401237", " 750605401237", "750 605 401 237", "750605401237 ", "7506 0540 1237", "750605 401237"};
        for (int i = 0; i < 5; i++) {
            String worker = enter("SR820000" + i, "TURSUNOVA", i, "UZB", LocalDate.now().minusDays(2));
            postJson("/api/v1/stay/permits", LABOUR, domesticPermit(worker, spellings[i])).andExpect(status().isCreated());
        }
        String sixth = enter("SR8200005", "TURSUNOVA", 5, "UZB", LocalDate.now().minusDays(2));
        postJson("/api/v1/stay/permits", LABOUR, domesticPermit(sixth, spellings[5]))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("employer"))
                .andExpect(jsonPath("$.errors[0].message").value("A household employer may hold at most 5 domestic-worker permits at once."));
        assertThat(permits(sixth)).isZero();
        assertThat(jdbc.sql("select count(*) from stay_permit where employer = '750605401237'").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aDomesticWorkerPermitNamesItsEmployerByAValidIin() throws Exception {
        String worker = enter("SR8300001", "ISMOILOVA", 6, "TJK", LocalDate.now().minusDays(2));
        for (String employer : new String[] {"Гулнара Иванова", "750605401238", "7506054012"}) {
            postJson("/api/v1/stay/permits", LABOUR, domesticPermit(worker, employer))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("employer"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("household employer's IIN")));
        }
        assertThat(permits(worker)).isZero();
        postJson("/api/v1/stay/permits", LABOUR, domesticPermit(worker, "621115507770")).andExpect(status().isCreated());
    }

    @Test
    @WithUserDetails("police")
    void thePermitFormShowsTheIinErrorAgainstTheEmployerField() throws Exception {
        String worker = enter("SR8400001", "ERGASHEVA", 4, "TJK", LocalDate.now().minusDays(2));
        // The test database is shared: the registry may hold this traveller's person from another test; nothing is added.
        long before = permits(worker);
        mvc.perform(post("/stay/persons/" + worker + "/permits").with(csrf()).param("lang", "en").param("personNumber", worker)
                        .param("kind", "DOMESTIC_WORKER").param("employer", "Ivanova G.").param("validFrom", "2026-12-01")
                        .param("validUntil", "2026-12-31").param("months", "1").param("taxPaid", "8650"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the marked fields.")))
                .andExpect(content().string(containsString("enter the household employer&#39;s IIN")))
                .andExpect(content().string(containsString("value=\"Ivanova G.\"")));
        assertThat(permits(worker)).isEqualTo(before);
    }
}
