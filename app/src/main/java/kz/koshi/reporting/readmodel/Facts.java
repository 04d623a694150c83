package kz.koshi.reporting.readmodel;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes flow facts into {@code reporting_flow}, each once: a fact already there (the same event delivered again, or
 * replayed) is skipped, never counted twice. The facts this call wrote (those carrying its delivery number) are added
 * to {@code reporting_flow_daily} and {@code _monthly}, which the figures are counted from. In the caller's transaction (the listener's,
 * or the rebuild's).
 */
@Component
public class Facts {

    static final List<String> DAILY_KEY = List.of("figure", "occurred_on", "region_code", "citizenship", "sex", "age_group",
            "purpose", "kind", "country");
    private static final int CHUNK = 1000;
    private static final SecureRandom DELIVERIES = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DailyCounts daily;

    Facts(JdbcTemplate jdbc, DailyCounts daily) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.daily = daily;
    }

    public void record(List<Fact> facts) {
        long delivery = DELIVERIES.nextLong();
        jdbc.batchUpdate("""
                insert into reporting_flow (figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose,
                kind, country, delivery) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", facts, CHUNK, (ps, f) -> {
            ps.setString(1, f.figure().name());
            ps.setString(2, f.factId());
            ps.setObject(3, f.occurredOn());
            ps.setString(4, f.regionCode());
            ps.setString(5, f.citizenship());
            ps.setString(6, f.sex());
            ps.setString(7, f.ageGroup());
            ps.setString(8, f.purpose());
            ps.setString(9, f.kind());
            ps.setString(10, f.country());
            ps.setLong(11, delivery);
        });
        daily.add("reporting_flow", DAILY_KEY, "occurred_on", written(facts, delivery));
    }

    /** The daily amounts of the facts that this delivery wrote (rows carrying its number; each id in one chunk). */
    private Map<List<Object>, Long> written(List<Fact> facts, long delivery) {
        Map<List<Object>, Long> amounts = new HashMap<>();
        Set<String> figures = facts.stream().map(f -> f.figure().name()).collect(Collectors.toSet());
        List<String> ids = facts.stream().map(Fact::factId).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            named.query("""
                    select figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country, count(*) as n
                    from reporting_flow where figure in (:figures) and fact_id in (:ids) and delivery = :delivery
                    group by figure, occurred_on, region_code, citizenship, sex, age_group, purpose, kind, country""",
                    Map.of("figures", figures, "ids", chunk, "delivery", delivery),
                    rs -> {
                        List<Object> key = new ArrayList<>();
                        key.add(rs.getString(1));
                        key.add(rs.getObject(2, java.time.LocalDate.class));
                        for (int i = 3; i <= 9; i++) {
                            key.add(DailyCounts.code(rs.getString(i)));
                        }
                        amounts.merge(key, rs.getLong("n"), Long::sum);
                    });
        }
        return amounts;
    }

    /** Empties the facts of these figures, and their daily counts (the rebuild, before the replay). */
    public void clear(List<kz.koshi.reporting.Figure> figures) {
        jdbc.batchUpdate("delete from reporting_flow where figure = ?", figures, 100, (ps, f) -> ps.setString(1, f.name()));
        jdbc.batchUpdate("delete from reporting_flow_daily where figure = ?", figures, 100, (ps, f) -> ps.setString(1, f.name()));
        jdbc.batchUpdate("delete from reporting_flow_monthly where figure = ?", figures, 100, (ps, f) -> ps.setString(1, f.name()));
    }
}
