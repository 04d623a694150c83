package kz.koshi.reporting.readmodel;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes flow facts into {@code reporting_flow}, each once: a fact already there (the same event delivered again, or
 * replayed) is skipped, never counted twice. In the caller's transaction (the listener's, or the rebuild's).
 */
@Component
public class Facts {

    private final JdbcTemplate jdbc;

    Facts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(List<Fact> facts) {
        jdbc.batchUpdate("""
                insert into reporting_flow (figure, fact_id, occurred_on, region_code, citizenship, sex, age_group, purpose,
                kind, country) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", facts, 1000, (ps, f) -> {
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
        });
    }

    /** Empties the facts of these figures (the rebuild, before the replay). */
    public void clear(List<kz.koshi.reporting.Figure> figures) {
        jdbc.batchUpdate("delete from reporting_flow where figure = ?", figures, 100, (ps, f) -> ps.setString(1, f.name()));
    }
}
