package kz.koshi.enforcement.raids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.enforcement.RaidCompleted;
import kz.koshi.protection.ReflectionPeriodStarted;
import kz.koshi.shared.Bin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16, raids and inspections: the police and the labour inspection record a raid with the persons checked and the
 * violations found; the violations become stay's own records in its queue, with their source; a finding the same as an
 * open violation is not doubled, a burst of identical reports stores one, a victim's finding is not punishable; bad input
 * is refused with nothing stored; other agencies' systems are refused at the door.
 */
@DatabaseTest
@RecordApplicationEvents
class RaidsApiTest {

    static final String POLICE = "Bearer koshi-demo-police";
    static final String LABOUR = "Bearer koshi-demo-labour";
    static final String BIN = Bin.complete("04054000777") != null ? Bin.complete("04054000777").value() : Bin.complete("04054000778").value();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRaidsViolationsBecomeStaysOwnRecordsWithTheirSourceAndTheCompletionIsPublished() throws Exception {
        LocalDate today = LocalDate.now();
        int n = Foreigners.next();
        String worker = Foreigners.enter(mvc, "UZB", today.minusDays(2));
        String unregistered = Foreigners.enter(mvc, n, "TJK", today.minusDays(2));
        String clean = Foreigners.enter(mvc, "KGZ", today.minusDays(1));
        long raid = create(POLICE, raid("KZ-75", "Almaty, Barakholka market", today.minusDays(1), null,
                row(worker, today, "WORK_WITHOUT_PERMIT", BIN), row(Foreigners.passport(n), today, "MISSED_REGISTRATION", null),
                row(clean, today.minusDays(1), null, null)));
        assertThat(count("select count(*) from enforcement_raid_check where raid_id = ?", raid)).isEqualTo(3);
        assertThat(jdbc.sql("select detected_by from stay_violation where person_number = ? and kind = 'WORK_WITHOUT_PERMIT' and raid_id = ?")
                .params(worker, raid).query(String.class).single()).isEqualTo("RAID");
        assertThat(count("select count(*) from stay_violation where person_number = ? and kind = 'MISSED_REGISTRATION' and raid_id = ?",
                unregistered, raid)).isEqualTo(1);
        assertThat(count("select count(*) from stay_violation where person_number = ?", clean)).isZero();

        // In stay's queue, with the source, filtered by it; the rules' sweep does not withdraw them.
        mvc.perform(get("/api/v1/stay/violations").param("source", "RAID").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[*].personNumber", hasItem(worker)))
                .andExpect(jsonPath("$.rows[*].raidId", hasItem((int) raid)));
        mvc.perform(get("/api/v1/stay/violations").param("source", "RULES").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(jsonPath("$.rows[*].personNumber", not(hasItem(worker))));
        mvc.perform(post("/api/v1/stay/sweep").header("Authorization", POLICE)).andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select state from stay_violation where person_number = ? and raid_id = ?").params(worker, raid)
                .query(String.class).single()).isEqualTo("OPEN");
        String month = today.toString().substring(0, 7);
        mvc.perform(get("/api/v1/stay/violations/found").param("month", month).header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.RAID").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/stay/violations/found").param("month", "May").header("Authorization", POLICE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));

        // Completed once, with the counts published; nothing is added afterwards.
        mvc.perform(post("/api/v1/enforcement/raids/{id}/completion", raid).header("Authorization", POLICE)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"));
        assertThat(events.stream(RaidCompleted.class).filter(e -> e.raidId() == raid))
                .containsExactly(new RaidCompleted(raid, "KZ-75", today.minusDays(1), today, 3, 2));
        findings(POLICE, raid, row(clean, today, "OVERSTAY", null)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/enforcement/raids/{id}/completion", raid).header("Authorization", POLICE)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isConflict());
        assertThat(count("select count(*) from audit_entry where action = 'VIOLATION_FOUND_IN_RAID' and subject_id in "
                + "(select cast(id as varchar) from stay_violation where raid_id = ?)", raid)).isEqualTo(2);
        assertThat(count("select count(*) from audit_entry where action = 'RAID_COMPLETED' and subject_id = ?", String.valueOf(raid))).isEqualTo(1);
    }

    @Test
    void aFindingTheSameAsAnOpenViolationJoinsItAndIsNotDoubled() throws Exception {
        LocalDate today = LocalDate.now();
        String person = Foreigners.enter(mvc, "UZB", today.minusDays(40));
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(
                "select count(*) from stay_violation where person_number = ? and kind = 'MISSED_REGISTRATION' and state = 'OPEN'", person) == 1);
        long raid = create(LABOUR, raid("KZ-71", "Astana, building site on Turan avenue", today, null));
        findings(LABOUR, raid, row(person, today, "MISSED_REGISTRATION", null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.newViolations").value(0)).andExpect(jsonPath("$.sameAsRecorded").value(1));
        assertThat(count("select count(*) from stay_violation where person_number = ? and kind = 'MISSED_REGISTRATION'", person)).isEqualTo(1);
        assertThat(jdbc.sql("select outcome from enforcement_raid_finding where raid_id = ?").param(raid).query(String.class).single())
                .isEqualTo("SAME_AS_RECORDED");
    }

    @Test
    void aBurstOfFiftyIdenticalFindingsStoresOne() throws Exception {
        LocalDate today = LocalDate.now();
        String person = Foreigners.enter(mvc, "TJK", today.minusDays(1));
        long raid = create(POLICE, raid("KZ-75", "Almaty, hostel on Seifullin street", today, null));
        int posts = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return findings(POLICE, raid, row(person, today, "WORK_WITHOUT_PERMIT", BIN)).andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(count("select count(*) from enforcement_raid_finding where raid_id = ?", raid)).isEqualTo(1);
        assertThat(count("select count(*) from enforcement_raid_check where raid_id = ?", raid)).isEqualTo(1);
        assertThat(count("select count(*) from stay_violation where person_number = ?", person)).isEqualTo(1);
        assertThat(count("select count(*) from stay_violation_finding where raid_id = ?", raid)).isEqualTo(1);
    }

    @Test
    void aVictimsFindingIsRecordedAsNotPunishableAndHiddenFromThoseWhoMayNotKnow() throws Exception {
        LocalDate today = LocalDate.now();
        String person = Foreigners.enter(mvc, "UZB", today.minusDays(3));
        transactions.executeWithoutResult(t -> publisher.publishEvent(new ReflectionPeriodStarted(person, today.minusDays(1), today.plusDays(29))));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> mvc.perform(get("/api/v1/stay/persons/{n}/status", person)
                .header("Authorization", POLICE)).andExpect(jsonPath("$.removalSuspended").value(true)));
        long raid = create(LABOUR, raid("KZ-71", "Astana, cafe on Kenesary street", today.minusDays(1), null,
                row(person, today, "WORK_WITHOUT_PERMIT", null)));
        assertThat(jdbc.sql("select suspended from stay_violation where raid_id = ? and person_number = ?").params(raid, person)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/stay/violations").param("source", "RAID").param("limit", "1000").header("Authorization", LABOUR))
                .andExpect(jsonPath("$.rows[*].personNumber", not(hasItem(person))));
        long id = jdbc.sql("select id from stay_violation where raid_id = ?").param(raid).query(Long.class).single();
        mvc.perform(post("/api/v1/stay/violations/{id}/handling", id).header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"protocolNumber\":\"77-1\",\"penalty\":\"WARNING\",\"handledOn\":\"" + today + "\"}")).andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("select state from stay_violation where id = ?").param(id).query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void badInputIsRefusedClearlyWithNothingStored() throws Exception {
        LocalDate today = LocalDate.now();
        String person = Foreigners.enter(mvc, "UZB", today.minusDays(1));
        long raids = count("select count(*) from enforcement_raid");
        long violations = count("select count(*) from stay_violation");
        String ok = row(person, today, "WORK_WITHOUT_PERMIT", null);
        refused(raid("KZ-75", "", today, null, ok), "place");
        refused(raid("KZ-75", "   ", today, null, ok), "place");
        refused(raid("KZ-75", null, today, null, ok), "place");
        refused(raid("KZ-75", "x".repeat(10_000), today, null, ok), "place");
        refused(raid("KZ-00", "Market", today, null, ok), "regionCode");
        refused(raid("KZ-75", "Market", today.plusDays(2), null, ok), "firstDay");
        refused(raid("KZ-75", "Market", today, today.minusDays(3), ok), "lastDay");
        refused(raid("KZ-75", "Market", LocalDate.of(1, 1, 1), null, ok), "firstDay");
        refused(raid("KZ-75", "Market", today, null, row("KP999999999", today, "OVERSTAY", null)), "persons[0].person");
        refused(raid("KZ-75", "Market", today, null, row("NO-SUCH-PASSPORT", today, "OVERSTAY", null)), "persons[0].person");
        refused(raid("KZ-75", "Market", today, null, row(person, today.minusDays(5), "OVERSTAY", null)), "persons[0].checkedOn");
        refused(raid("KZ-75", "Market", today, null, row(person, today, "WORK_WITHOUT_PERMIT", "123456789012")), "persons[0].employerBin");
        refused(raid("KZ-75", "Market", today, null, row(person, today, "OVERSTAY", BIN)), "persons[0].employerBin");
        mvc.perform(post("/api/v1/enforcement/raids").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(raid("KZ-75", "Market", today, null, ok).replace("\"OPERATION\"", "\"PARTY\""))).andExpect(status().isBadRequest());
        assertThat(count("select count(*) from enforcement_raid")).isEqualTo(raids);
        assertThat(count("select count(*) from stay_violation")).isEqualTo(violations);
    }

    @Test
    void onlyThePoliceAndTheLabourInspectionAndEachSeesWhatItMay() throws Exception {
        LocalDate today = LocalDate.now();
        long police = create(POLICE, raid("KZ-75", "Almaty, market", today, null));
        long labour = create(LABOUR, raid("KZ-71", "Astana, building site", today, null));
        // The same raid recorded again (a second click, a retried request) is refused, not doubled.
        mvc.perform(post("/api/v1/enforcement/raids").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(raid("KZ-75", "Almaty, market", today, null))).andExpect(status().isConflict());
        assertThat(count("select count(*) from enforcement_raid where place = 'Almaty, market'")).isEqualTo(1);
        // The police see the labour inspection's raids too; the labour inspection sees its own only, and writes its own only.
        mvc.perform(get("/api/v1/enforcement/raids/{id}", labour).header("Authorization", POLICE)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enforcement/raids/{id}", police).header("Authorization", LABOUR)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enforcement/raids").header("Authorization", LABOUR))
                .andExpect(jsonPath("$[*].id", hasItem((int) labour))).andExpect(jsonPath("$[*].id", not(hasItem((int) police))));
        findings(POLICE, labour).andExpect(status().isNotFound());
        for (String token : List.of("admin", "border", "akimat", "career", "crisis", "prosecutor", "commission", "agency", "hotline", "mfa")) {
            String bearer = "Bearer koshi-demo-" + token;
            mvc.perform(get("/api/v1/enforcement/raids").header("Authorization", bearer)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enforcement/raids/{id}", "not-a-number").header("Authorization", bearer)).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/enforcement/raids").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                    .content("{}")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/enforcement/raids/{id}", 987654321L).header("Authorization", POLICE)).andExpect(status().isNotFound());
    }

    private void refused(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/enforcement/raids").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private long create(String token, String body) throws Exception {
        String created = mvc.perform(post("/api/v1/enforcement/raids").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(created, "$.id").longValue();
    }

    private ResultActions findings(String token, long raid, String... rows) throws Exception {
        return mvc.perform(post("/api/v1/enforcement/raids/{id}/findings", raid).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"persons\":[" + String.join(",", rows) + "]}"));
    }

    static String raid(String region, String place, LocalDate first, LocalDate last, String... rows) {
        return """
                {"name":"Нелегал","kind":"OPERATION","regionCode":"%s","place":%s,"firstDay":"%s","lastDay":%s,"persons":[%s]}"""
                .formatted(region, place == null ? "null" : "\"" + place + "\"", first, last == null ? "null" : "\"" + last + "\"",
                        String.join(",", rows));
    }

    static String row(String person, LocalDate on, String violation, String bin) {
        return "{\"person\":\"%s\",\"checkedOn\":\"%s\",\"violation\":%s,\"employerBin\":%s}".formatted(person, on,
                violation == null ? "null" : "\"" + violation + "\"", bin == null ? "null" : "\"" + bin + "\"");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
