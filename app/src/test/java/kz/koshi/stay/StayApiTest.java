package kz.koshi.stay;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import kz.koshi.protection.ReflectionPeriodStarted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class StayApiTest {

    static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private String enter(String passport, String surname, String citizenship, LocalDate on) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "%s", "purpose": "WORK"}""".formatted(on, passport, citizenship, surname,
                "NIGORA" + (char) ('A' + Math.abs(passport.hashCode()) % 26), LocalDate.of(1970, 1, 1).plusDays(Math.abs(passport.hashCode()) % 12_000),
                citizenship);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    private long violations(String person, String kind) {
        return jdbc.sql("select count(*) from stay_violation where person_number = ? and kind = ?").params(person, kind)
                .query(Long.class).single();
    }

    @Test
    void anOverstayIsDetectedWhenTheCrossingEventArrivesAndKeptOnce() throws Exception {
        String person = enter("SV1000001", "MIRZOEVA", "DEU", LocalDate.now().minusDays(40));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(violations(person, "OVERSTAY")).isEqualTo(1));
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OVERSTAY"))
                .andExpect(jsonPath("$.violations[0].sanction").value("PROTOCOL"));
        assertThat(violations(person, "OVERSTAY")).isEqualTo(1);
    }

    @Test
    void theDailySweepFindsWhatNoEventReportedAndOnlyItsCallersMayRunIt() throws Exception {
        String person = enter("SV1000005", "USMONOVA", "DEU", LocalDate.now().minusDays(35));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(violations(person, "OVERSTAY")).isEqualTo(1));
        jdbc.sql("delete from stay_violation where person_number = ?").param(person).update();
        mvc.perform(post("/api/v1/stay/sweep").header("Authorization", "Bearer koshi-demo-career")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/stay/sweep").header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.newViolations").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        assertThat(violations(person, "OVERSTAY")).isEqualTo(1);
        mvc.perform(get("/api/v1/stay/violations").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(jsonPath("$.rows[*].personNumber").value(org.hamcrest.Matchers.hasItem(person)));
    }

    @Test
    void theSweepMovesTheDaysOfAKnownViolationWithoutRecordingItAgain() throws Exception {
        String person = enter("SW7300091", "XAITBOEVA", "DEU", LocalDate.now().minusDays(37));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(violations(person, "OVERSTAY")).isEqualTo(1));
        long days = jdbc.sql("select days from stay_violation where person_number = ? and kind = 'OVERSTAY'").param(person)
                .query(Long.class).single();
        jdbc.sql("update stay_violation set days = 1 where person_number = ? and kind = 'OVERSTAY'").param(person).update();
        long audited = detections(person);

        mvc.perform(post("/api/v1/stay/sweep").header("Authorization", POLICE)).andExpect(status().isOk());

        assertThat(jdbc.sql("select days from stay_violation where person_number = ? and kind = 'OVERSTAY'").param(person)
                .query(Long.class).single()).isEqualTo(days);
        assertThat(violations(person, "OVERSTAY")).isEqualTo(1);
        assertThat(detections(person)).as("a known violation is not announced again").isEqualTo(audited);
    }

    private String register(String person, LocalDate from, LocalDate until) {
        return "{\"personNumber\": \"" + person + "\", \"party\": \"POLICE\", \"validFrom\": \"" + from
                + "\", \"validUntil\": \"" + until + "\"}";
    }

    private String state(String person, String kind) {
        return jdbc.sql("select state from stay_violation where person_number = ? and kind = ?").params(person, kind)
                .query(String.class).single();
    }

    private long counted(String kind) {
        return jdbc.sql("select count(*) from stay_violation where kind = ? and state <> 'WITHDRAWN'").param(kind)
                .query(Long.class).single();
    }

    @Test
    void aMissedRegistrationThatALateRecordedRegistrationClearsIsWithdrawnAndLeavesQueueAndStatistics() throws Exception {
        LocalDate entry = LocalDate.now().minusDays(10);
        String person = enter("SW7400001", "TOSHEVA", "UZB", entry);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(violations(person, "MISSED_REGISTRATION")).isEqualTo(1));
        mvc.perform(get("/api/v1/stay/violations").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(jsonPath("$.rows[*].personNumber").value(org.hamcrest.Matchers.hasItem(person)));
        long missedBefore = counted("MISSED_REGISTRATION");

        mvc.perform(post("/api/v1/stay/registrations").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(register(person, entry.plusDays(2), entry.plusDays(60)))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(jsonPath("$.status").value("LEGAL")).andExpect(jsonPath("$.violations").isEmpty());
        mvc.perform(get("/api/v1/stay/persons/" + person).header("Authorization", POLICE))
                .andExpect(jsonPath("$.violations[0].kind").value("MISSED_REGISTRATION"))
                .andExpect(jsonPath("$.violations[0].state").value("WITHDRAWN"))
                .andExpect(jsonPath("$.violations[0].withdrawnOn").value(LocalDate.now().toString()));
        mvc.perform(get("/api/v1/stay/violations").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(jsonPath("$.rows[*].personNumber").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(person))));
        assertThat(counted("MISSED_REGISTRATION")).isEqualTo(missedBefore - 1);
        long id = jdbc.sql("select id from stay_violation where person_number = ?").param(person).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'VIOLATION_WITHDRAWN' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSweepWithdrawsWhatLaterRecordsClearedButAHandledViolationKeepsItsState() throws Exception {
        LocalDate entry = LocalDate.now().minusDays(12);
        String cleared = enter("SW7400002", "NURMATOVA", "UZB", entry);
        String handled = enter("SW7400003", "ERGASHEVA", "UZB", entry);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(violations(cleared, "MISSED_REGISTRATION")).isEqualTo(1);
            assertThat(violations(handled, "MISSED_REGISTRATION")).isEqualTo(1);
        });
        jdbc.sql("update stay_violation set state = 'HANDLED', handled_by = 'police' where person_number = ?").param(handled).update();
        for (String person : new String[] {cleared, handled}) {
            // Recorded without an event (e.g. a registration loaded from another system): only the sweep sees it.
            jdbc.sql("""
                    insert into stay_registration (person_number, party, basis, valid_from, valid_until, registered_by, created_at)
                    values (?, 'POLICE', 'ORDINARY', ?, ?, 'test', current_timestamp)""").params(person, entry.plusDays(1), entry.plusDays(30))
                    .update();
        }

        mvc.perform(post("/api/v1/stay/sweep").header("Authorization", POLICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnViolations").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

        assertThat(state(cleared, "MISSED_REGISTRATION")).isEqualTo("WITHDRAWN");
        assertThat(state(handled, "MISSED_REGISTRATION")).isEqualTo("HANDLED");
    }

    @Test
    void aSecondEntryWithoutAnExitDoesNotWipeTheEarlierVisitsOverstayAndTheFileShowsTheMissingExit() throws Exception {
        LocalDate first = LocalDate.now().minusDays(100);
        String person = enter("SW7500001", "RAHIMOVA", "UZB", first);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(violations(person, "OVERSTAY")).isEqualTo(1));
        LocalDate again = LocalDate.now().minusDays(1);
        assertThat(enter("SW7500001", "RAHIMOVA", "UZB", again)).isEqualTo(person);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(jdbc.sql(
                "select reason from stay_violation where person_number = ? and kind = 'OVERSTAY'").param(person)
                .query(String.class).single()).isEqualTo("EXIT_NOT_RECORDED"));
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(jsonPath("$.status").value("REGISTRATION_DUE"))
                .andExpect(jsonPath("$.exitsNotRecorded[0]").value(again.toString()))
                .andExpect(jsonPath("$.violations[?(@.kind == 'OVERSTAY')].reason").value("EXIT_NOT_RECORDED"))
                .andExpect(jsonPath("$.violations[?(@.kind == 'OVERSTAY')].days").value(10))
                .andExpect(jsonPath("$.violations[*].kind").value(org.hamcrest.Matchers.hasItem("MISSED_REGISTRATION")));
        mvc.perform(get("/api/v1/stay/persons/" + person).header("Authorization", POLICE))
                .andExpect(jsonPath("$.timeline[*].kind").value(org.hamcrest.Matchers.hasItem("EXIT_NOT_RECORDED")))
                .andExpect(jsonPath("$.violations[?(@.kind == 'OVERSTAY')].state").value("OPEN"));
    }

    private org.springframework.test.web.servlet.ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theSameRegistrationIsRecordedOnceAndCitizensAndFarFutureStartsAreRefused() throws Exception {
        LocalDate entry = LocalDate.now().minusDays(3);
        String person = enter("SW7600001", "YUSUPOVA", "UZB", entry);
        postJson("/api/v1/stay/registrations", register(person, entry.plusDays(1), entry.plusDays(40))).andExpect(status().isCreated());
        postJson("/api/v1/stay/registrations", register(person, entry.plusDays(1), entry.plusDays(40)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:conflict"))
                .andExpect(jsonPath("$.detail").value("This registration is already on record."));
        assertThat(jdbc.sql("select count(*) from stay_registration where person_number = ?").param(person).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(jsonPath("$.registrationCount").value(1));
        postJson("/api/v1/stay/registrations", register(person, LocalDate.now().plusDays(8), LocalDate.now().plusDays(40)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
        postJson("/api/v1/stay/registrations", register(person, LocalDate.now().plusDays(7), LocalDate.now().plusDays(40)))
                .andExpect(status().isCreated());

        String citizen = enter("SW7600002", "ABENOVA", "KAZ", entry);
        postJson("/api/v1/stay/registrations", register(citizen, entry, entry.plusDays(30)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("personNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("A citizen of Kazakhstan is not registered")));
        assertThat(jdbc.sql("select count(*) from stay_registration where person_number = ?").param(citizen).query(Long.class).single())
                .isZero();
    }

    @Test
    void theSamePermitIsIssuedOnceMonthsAreOnlyForDomesticWorkersAndAYearWithoutQuotaSaysSo() throws Exception {
        String person = enter("SW7600003", "HAMIDOVA", "TJK", LocalDate.now().minusDays(2));
        String employerPermit = "{\"personNumber\": \"" + person + "\", \"kind\": \"EMPLOYER_QUOTA\", \"employer\": \"990340001234\", "
                + "\"validFrom\": \"%s\", \"validUntil\": \"%s\"}";
        postJson("/api/v1/stay/permits", employerPermit.formatted("2026-12-05", "2027-06-30")).andExpect(status().isCreated());
        postJson("/api/v1/stay/permits", employerPermit.formatted("2026-12-05", "2027-06-30"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("This permit is already on record."));
        assertThat(jdbc.sql("select count(*) from stay_permit where person_number = ?").param(person).query(Long.class).single())
                .isEqualTo(1);
        postJson("/api/v1/stay/permits", employerPermit.formatted("2027-07-01", "2027-12-31"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "No annual quota for employer permits is configured for the year the permit starts."));
        postJson("/api/v1/stay/permits", ("{\"personNumber\": \"" + person + "\", \"kind\": \"DOMESTIC_WORKER\", "
                + "\"employer\": \"880101300123\", \"validFrom\": \"2026-12-01\", \"validUntil\": \"2026-12-31\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("months"));
    }

    @Test
    void theStatusOfAPersonTheRegistryDoesNotHoldIsNotFoundAndOfGarbageABadRequest() throws Exception {
        mvc.perform(get("/api/v1/stay/persons/KP999999999/status").header("Authorization", POLICE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:not-found"))
                .andExpect(jsonPath("$.errors[0].field").value("personNumber"));
        mvc.perform(get("/api/v1/stay/persons/KP999999998/status").header("Authorization", POLICE))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stay/persons/garbage/status").header("Authorization", POLICE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("personNumber"));
        mvc.perform(get("/api/v1/stay/persons/garbage").header("Authorization", POLICE)).andExpect(status().isBadRequest());
        String person = enter("SW7700001", "MAHMUDOVA", "UZB", LocalDate.now().minusDays(1));
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REGISTRATION_DUE"));
    }

    private long detections(String person) {
        return jdbc.sql("select count(*) from audit_entry where action = 'VIOLATION_DETECTED' and subject_id = ?").param(person)
                .query(Long.class).single();
    }

    @Test
    void registrationsCountInTheLedgerAndLateOnesAreMissedRegistrations() throws Exception {
        LocalDate entry = LocalDate.now().minusDays(10);
        String person = enter("SV1000002", "KASIMOVA", "UZB", entry);
        // The crossing's own detection first: a registration racing it can hit the same new violation (see the report of issue 12).
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(violations(person, "MISSED_REGISTRATION")).isEqualTo(1));
        mvc.perform(post("/api/v1/stay/registrations").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personNumber\": \"" + person + "\", \"party\": \"POLICE\", \"validFrom\": \"" + entry.plusDays(8)
                                + "\", \"validUntil\": \"" + entry.plusDays(89) + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(jsonPath("$.status").value("LEGAL"))
                .andExpect(jsonPath("$.registrationCount").value(1))
                .andExpect(jsonPath("$.totalDaysInCountry").value(11));
        assertThat(violations(person, "MISSED_REGISTRATION")).isEqualTo(1);
        mvc.perform(get("/api/v1/stay/persons/" + person).header("Authorization", POLICE))
                .andExpect(jsonPath("$.timeline[0].kind").value("CROSSING_ENTRY"))
                .andExpect(jsonPath("$.timeline[1].kind").value("CARD_ISSUED"));
    }

    @Test
    void aPermitIsCheckedAgainstTheRules() throws Exception {
        String person = enter("SV1000003", "SAFAROVA", "TJK", LocalDate.now().minusDays(2));
        String permit = "{\"personNumber\": \"" + person + "\", \"kind\": \"DOMESTIC_WORKER\", \"employer\": \"880101300123\", "
                + "\"validFrom\": \"2026-12-01\", \"validUntil\": \"2027-02-28\", \"months\": 3, \"taxPaid\": %d}";
        mvc.perform(post("/api/v1/stay/permits").header("Authorization", "Bearer koshi-demo-labour").contentType(MediaType.APPLICATION_JSON)
                        .content(permit.formatted(1000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:rule-violation"))
                .andExpect(jsonPath("$.errors[0].message").value("The prepaid income tax (2 MRP a month) has not been paid in full."));
        mvc.perform(post("/api/v1/stay/permits").header("Authorization", "Bearer koshi-demo-labour").contentType(MediaType.APPLICATION_JSON)
                .content(permit.formatted(25_950))).andExpect(status().isCreated());
    }

    @Test
    void aCourtExpulsionBringsAFiveYearBanAndAReflectionPeriodBlocksRemovalWithoutAReason() throws Exception {
        String person = enter("SV1000004", "ALIEVA", "AZE", LocalDate.now().minusDays(30));
        mvc.perform(post("/api/v1/stay/expulsions").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personNumber\": \"" + person + "\", \"courtAct\": \"2-1234/2026\", \"decidedOn\": \""
                                + LocalDate.now().minusDays(20) + "\", \"leaveBy\": \"" + LocalDate.now().minusDays(10) + "\"}"))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select valid_until from border_ban where person_number = ?").param(person).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now().minusDays(20).plusYears(5));
        assertThat(jdbc.sql("select state from border_card where person_number = ?").param(person).query(String.class).single())
                .isEqualTo("REVOKED");
        mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", POLICE))
                .andExpect(jsonPath("$.status").value("EXPULSION_ORDERED"))
                .andExpect(jsonPath("$.violations[*].kind").value(org.hamcrest.Matchers.hasItem("EXPULSION_NOT_EXECUTED")));
        transactions.executeWithoutResult(t -> events.publishEvent(
                new ReflectionPeriodStarted(person, LocalDate.now().minusDays(1), LocalDate.now().plusDays(29))));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> mvc.perform(get("/api/v1/stay/persons/" + person + "/status")
                        .header("Authorization", POLICE))
                .andExpect(jsonPath("$.removalSuspended").value(true))
                .andExpect(jsonPath("$.violations[*].kind").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("EXPULSION_NOT_EXECUTED")))));
    }

    @Test
    void whenAReviewerMergesTwoPersonsTheirCrossingsAndRegistrationsMoveToTheSurvivor() throws Exception {
        String survivor = enter("SV1000006", "QODIROVA", "KGZ", LocalDate.now().minusDays(60));
        String merged = enter("SV1000007", "XOLIQOVA", "KGZ", LocalDate.now().minusDays(3));
        mvc.perform(post("/api/v1/stay/registrations").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personNumber\": \"" + merged + "\", \"party\": \"HOTEL\", \"validFrom\": \"" + LocalDate.now().minusDays(2)
                        + "\", \"validUntil\": \"" + LocalDate.now().plusDays(20) + "\"}")).andExpect(status().isCreated());
        transactions.executeWithoutResult(t -> events.publishEvent(new kz.koshi.identity.PersonsMerged(survivor, merged)));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(jdbc.sql("select count(*) from border_crossing where person_number = ?").param(survivor).query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("select count(*) from stay_registration where person_number = ?").param(survivor).query(Long.class).single()).isEqualTo(1);
        });
        assertThat(jdbc.sql("select state from border_card where person_number = ?").param(merged).query(String.class).single()).isEqualTo("REVOKED");
    }
}
