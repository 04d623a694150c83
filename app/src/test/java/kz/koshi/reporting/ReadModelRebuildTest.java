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

    static final String DAILY_FLOWS = "select figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country, n"
            + " from reporting_flow_daily order by figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country";
    static final String DAILY_PRESENCE = "select changed_on, region_code, citizenship, sex, age_group, purpose, n from reporting_presence_daily"
            + " where n <> 0 order by changed_on, region_code, citizenship, sex, age_group, purpose";
    static final String MONTHLY_FLOWS = DAILY_FLOWS.replace("reporting_flow_daily", "reporting_flow_monthly");
    static final String MONTHLY_PRESENCE = DAILY_PRESENCE.replace("reporting_presence_daily", "reporting_presence_monthly");
    static final String FLOWS_BY_MONTH = "select figure, cast(date_trunc('month', occurred_on) as date) as m, region_code, citizenship, sex,"
            + " age_group, purpose, kind, country, sum(n) from reporting_flow_daily group by figure, cast(date_trunc('month', occurred_on) as date),"
            + " region_code, citizenship, sex, age_group, purpose, kind, country order by 1, 2, 3, 4, 5, 6, 7, 8, 9";
    static final String PRESENCE_BY_MONTH = "select cast(date_trunc('month', changed_on) as date) as m, region_code, citizenship, sex, age_group,"
            + " purpose, sum(n) from reporting_presence_daily group by cast(date_trunc('month', changed_on) as date), region_code, citizenship,"
            + " sex, age_group, purpose having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6";
    /** The daily counts as worked out from the facts and stays themselves (as V228 does for the rows already there). */
    static final String FLOWS_BY_DAY = "select figure, occurred_on, coalesce(region_code, ''), coalesce(citizenship, ''),"
            + " coalesce(sex, ''), coalesce(age_group, ''), coalesce(purpose, ''), coalesce(kind, ''), coalesce(country, ''), count(*)"
            + " from reporting_flow group by figure, occurred_on, coalesce(region_code, ''), coalesce(citizenship, ''), coalesce(sex, ''),"
            + " coalesce(age_group, ''), coalesce(purpose, ''), coalesce(kind, ''), coalesce(country, '') order by 1, 2, 3, 4, 5, 6, 7, 8, 9";
    static final String PRESENCE_BY_DAY = "select d, r, c, s, a, p, sum(n) from (select entered_on as d, coalesce(region_code, '') as r,"
            + " coalesce(citizenship, '') as c, coalesce(sex, '') as s, coalesce(age_group, '') as a, coalesce(purpose, '') as p, 1 as n"
            + " from reporting_presence union all select left_on, coalesce(region_code, ''), coalesce(citizenship, ''), coalesce(sex, ''),"
            + " coalesce(age_group, ''), coalesce(purpose, ''), -1 from reporting_presence where left_on is not null) x"
            + " group by d, r, c, s, a, p having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6";

    static final List<String> TABLES = List.of(
            "select figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country from reporting_flow order by figure, fact_id",
            "select crossing_id, person_number, direction, occurred_on, region_code, citizenship, sex, age_group, purpose from reporting_crossing order by crossing_id",
            "select entry_crossing_id, person_number, entered_on, left_on, region_code, citizenship, sex, age_group, purpose from reporting_presence order by entry_crossing_id",
            "select stay_id, country, kind, started_on, ended_on from reporting_abroad_stay order by stay_id",
            DAILY_FLOWS, DAILY_PRESENCE, MONTHLY_FLOWS, MONTHLY_PRESENCE);

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
        assertTheDailyCountsAreTheFactsByDay();

        for (String table : List.of("reporting_flow", "reporting_crossing", "reporting_presence", "reporting_abroad_stay",
                "reporting_flow_daily", "reporting_presence_daily", "reporting_flow_monthly", "reporting_presence_monthly")) {
            jdbc.sql("delete from " + table).update();
        }
        assertThat(snapshot()).allMatch(List::isEmpty);
        mvc.perform(post("/api/v1/reports/rebuild").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.events").isNumber());
        assertThat(snapshot()).isEqualTo(before);

        mvc.perform(post("/api/v1/reports/rebuild").header("Authorization", "Bearer koshi-demo-admin")).andExpect(status().isOk());
        assertThat(snapshot()).isEqualTo(before);
        assertTheDailyCountsAreTheFactsByDay();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'READ_MODEL_REBUILT'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyTheAdministratorsSystemsMayRebuild() throws Exception {
        for (String token : List.of("koshi-demo-border", "koshi-demo-police", "koshi-demo-commission", "koshi-demo-labour", "koshi-demo-prosecutor")) {
            mvc.perform(post("/api/v1/reports/rebuild").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/reports/rebuild")).andExpect(status().isUnauthorized());
    }

    /** What the figures are counted from (V228) is what the facts say, day by day and month by month. */
    private void assertTheDailyCountsAreTheFactsByDay() {
        assertThat(rows(DAILY_FLOWS)).isNotEmpty().isEqualTo(rows(FLOWS_BY_DAY));
        assertThat(rows(DAILY_PRESENCE)).isNotEmpty().isEqualTo(rows(PRESENCE_BY_DAY));
        assertThat(rows(MONTHLY_FLOWS)).isEqualTo(rows(FLOWS_BY_MONTH));
        assertThat(rows(MONTHLY_PRESENCE)).isEqualTo(rows(PRESENCE_BY_MONTH));
    }

    private List<List<String>> snapshot() {
        return TABLES.stream().map(this::rows).toList();
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            return row.toString();
        }).list();
    }
}
