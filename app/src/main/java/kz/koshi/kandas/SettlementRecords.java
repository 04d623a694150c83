package kz.koshi.kandas;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where arrived families settled: one row per settlement an akimat recorded, the latest being where the family lives. */
@Repository
class SettlementRecords {

    /** Each survey's latest settlement (the greatest id among those of its latest day). */
    static final String LATEST = """
            select t.survey_id, t.region_code, t.settled_on, t.priority,
                (select count(*) from kandas_settlement c where c.survey_id = t.survey_id) - 1 as moves
            from kandas_settlement t where t.id = (select max(l.id) from kandas_settlement l where l.survey_id = t.survey_id
                and l.settled_on = (select max(d.settled_on) from kandas_settlement d where d.survey_id = t.survey_id))""";

    private final JdbcClient jdbc;

    SettlementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long surveyId, String region, LocalDate on, boolean priority, String by, Instant now) {
        jdbc.sql("""
                insert into kandas_settlement (survey_id, region_code, settled_on, priority, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""").params(surveyId, region, on, priority, by, now.atOffset(ZoneOffset.UTC)).update();
    }

    /** The day the family's first member arrived. */
    Optional<LocalDate> firstArrival(long surveyId) {
        return jdbc.sql("select min(arrived_on) from kandas_arrival where survey_id = ?").param(surveyId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).optional().filter(java.util.Objects::nonNull);
    }

    FamilyProgress progress(long surveyId) {
        LocalDate arrived = firstArrival(surveyId).orElse(null);
        return jdbc.sql(LATEST + " and t.survey_id = ?").param(surveyId)
                .query((rs, n) -> new FamilyProgress(arrived, rs.getString("region_code"), rs.getObject("settled_on", LocalDate.class),
                        rs.getBoolean("priority"), rs.getInt("moves"))).optional()
                .orElse(new FamilyProgress(arrived, null, null, false, 0));
    }

    /** Families living in each region now (their latest settlement): the kandas community the registry knows of. */
    Map<String, Integer> settledFamilies(long except) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select region_code, count(*) from (" + LATEST + ") s where s.survey_id <> ? group by region_code").param(except)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Whether any family has arrived yet (before that, the community is the families expected: docs/kandas.md). */
    boolean anyArrival() {
        return jdbc.sql("select count(*) from kandas_arrival").query(Long.class).single() > 0;
    }

    /** The counts of recommendations followed, over the families who arrived. */
    RecommendationsFollowed followed() {
        return jdbc.sql("""
                select count(*) as arrived, count(s.survey_id) as settled,
                    sum(case when s.survey_id is not null and position(',' || s.region_code || ',' in ',' || v.recommended_regions || ',') > 0
                        then 1 else 0 end) as top,
                    sum(case when s.priority then 1 else 0 end) as priority,
                    sum(case when s.moves > 0 then 1 else 0 end) as moved
                from kandas_survey v left join (""" + LATEST + """
                ) s on s.survey_id = v.id
                where exists (select 1 from kandas_arrival a where a.survey_id = v.id)""")
                .query((rs, n) -> new RecommendationsFollowed(rs.getInt("arrived"), rs.getInt("settled"), rs.getInt("top"),
                        rs.getInt("priority"), rs.getInt("moved"))).single();
    }
}
