package kz.koshi.reporting;

import java.util.List;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: the statistics' read model is rebuilt from the event publication registry alone. Activity goes through the
 * modules' APIs; the read model is snapshotted, wiped as if lost, rebuilt by the administrator's system, and must come
 * back row for row; a rebuild over a full read model changes nothing either (every listener is idempotent).
 */
@DatabaseTest
class ReadModelRebuildTest {

    static final List<String> TABLES = List.of(
            "select figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country from reporting_flow order by figure, fact_id",
            "select crossing_id, person_number, direction, occurred_on, region_code, citizenship, sex, age_group, purpose from reporting_crossing order by crossing_id",
            "select entry_crossing_id, person_number, entered_on, left_on, region_code, citizenship, sex, age_group, purpose from reporting_presence order by entry_crossing_id",
            "select stay_id, country, kind, started_on, ended_on from reporting_abroad_stay order by stay_id");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReadModelRebuiltFromTheRecordedEventsIsTheSameRowForRow() throws Exception {
        MigrationActivity activity = new MigrationActivity(mvc, jdbc, 17).generate(16);
        List<List<String>> before = snapshot();
        assertThat(before.get(0)).anyMatch(r -> r.startsWith("MINORS_STOPPED|")).anyMatch(r -> r.startsWith("EXPULSIONS|"))
                .anyMatch(r -> r.startsWith("ENTRY_BANS|")).anyMatch(r -> r.startsWith("REGISTRATIONS|"))
                .anyMatch(r -> r.startsWith("PERMITS|")).anyMatch(r -> r.startsWith("CARDS_ISSUED|"));
        assertThat(before.get(2)).anyMatch(r -> r.contains(activity.foreigners.getFirst()));

        for (String table : List.of("reporting_flow", "reporting_crossing", "reporting_presence", "reporting_abroad_stay")) {
            jdbc.sql("delete from " + table).update();
        }
        assertThat(snapshot()).allMatch(List::isEmpty);
        mvc.perform(post("/api/v1/reports/rebuild").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.events").isNumber());
        assertThat(snapshot()).isEqualTo(before);

        mvc.perform(post("/api/v1/reports/rebuild").header("Authorization", "Bearer koshi-demo-admin")).andExpect(status().isOk());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'READ_MODEL_REBUILT'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyTheAdministratorsSystemsMayRebuild() throws Exception {
        for (String token : List.of("koshi-demo-border", "koshi-demo-police", "koshi-demo-commission", "koshi-demo-labour", "koshi-demo-prosecutor")) {
            mvc.perform(post("/api/v1/reports/rebuild").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/reports/rebuild")).andExpect(status().isUnauthorized());
    }

    private List<List<String>> snapshot() {
        return TABLES.stream().map(sql -> jdbc.sql(sql).query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            return row.toString();
        }).list()).toList();
    }
}
