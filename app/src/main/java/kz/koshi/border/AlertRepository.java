package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.border.CrossingRepository.utc;

@Repository
class AlertRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AlertRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An alert to insert: raised on a crossing, open for the officer or noted. */
    record NewAlert(long crossingId, Alert.Kind kind, String reason, Alert.State state) {
    }

    /** Inserts the alerts of a batch of crossings as one JDBC batch. */
    void insertAll(List<NewAlert> raised, Instant now) {
        template.batchUpdate("insert into border_alert (crossing_id, kind, reason, state, created_at) values (?, ?, ?, ?, ?)",
                raised, 1000, (ps, a) -> {
                    ps.setLong(1, a.crossingId());
                    ps.setString(2, a.kind().name());
                    ps.setString(3, a.reason());
                    ps.setString(4, a.state().name());
                    ps.setObject(5, utc(now));
                });
    }

    List<Alert> ofCrossing(long crossingId) {
        return jdbc.sql("select * from border_alert where crossing_id = ? order by id").param(crossingId)
                .query((rs, n) -> map(rs)).list();
    }

    /** The alerts of these crossings, by crossing. */
    Map<Long, List<Alert>> ofCrossings(Collection<Long> crossingIds) {
        if (crossingIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from border_alert where crossing_id in (:ids) order by id").param("ids", crossingIds)
                .query((rs, n) -> map(rs)).list().stream().collect(Collectors.groupingBy(Alert::crossingId));
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("select * from border_alert where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    List<Alert> latest(int limit) {
        return jdbc.sql("select * from border_alert order by created_at desc, id desc limit ?").param(limit)
                .query((rs, n) -> map(rs)).list();
    }

    boolean decide(long id, Alert.State decision, String officer, Instant now) {
        return jdbc.sql("update border_alert set state = ?, decided_by = ?, decided_at = ? where id = ? and state = 'OPEN'")
                .params(decision.name(), officer, utc(now), id).update() == 1;
    }

    private static Alert map(ResultSet rs) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getLong("crossing_id"), Alert.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason"), Alert.State.valueOf(rs.getString("state")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
