package kz.koshi.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.hotline.CallRepository.utc;

/** The routes of calls, their outcomes and the police's acknowledgements; each change is a conditional update. */
@Repository
class RouteRepository {

    private final JdbcClient jdbc;

    RouteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long callId, RouteKind kind, String agency, String bin, Long screeningRequest, Instant at, String by,
                LocalDate followUpOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hotline_route (call_id, kind, agency_code, agency_bin, screening_request, routed_at, routed_by, follow_up_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(callId, kind.name(), agency, bin, screeningRequest, utc(at), by, followUpOn).update(key, "id");
        return key.getKey().longValue();
    }

    List<Route> ofCall(long callId) {
        return jdbc.sql("select * from hotline_route where call_id = ? order by routed_at, id").param(callId)
                .query((rs, n) -> route(rs)).list();
    }

    Optional<Route> find(long callId, long routeId) {
        return jdbc.sql("select * from hotline_route where id = ? and call_id = ?").params(routeId, callId)
                .query((rs, n) -> route(rs)).optional();
    }

    boolean recordOutcome(long routeId, RouteResult result, String by) {
        return jdbc.sql("update hotline_route set outcome = ?, outcome_on = ?, outcome_by = ? where id = ? and outcome is null")
                .params(result.outcome().name(), result.on(), by, routeId).update() == 1;
    }

    /** The police on duty's calls not yet acknowledged, oldest first. */
    List<UrgentCall> unacknowledged(String agency) {
        return jdbc.sql("""
                select r.id, r.call_id, c.received_at, c.region_code, c.classification from hotline_route r
                join hotline_call c on c.id = r.call_id
                where r.kind = 'DUTY_POLICE' and r.agency_code = ? and r.acknowledged_at is null order by c.received_at, r.id""")
                .param(agency).query((rs, n) -> new UrgentCall(rs.getLong("id"), rs.getLong("call_id"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("region_code"),
                        CallClass.valueOf(rs.getString("classification")))).list();
    }

    boolean acknowledge(long routeId, String agency, String by, Instant at) {
        return jdbc.sql("""
                update hotline_route set acknowledged_at = ?, acknowledged_by = ?
                where id = ? and kind = 'DUTY_POLICE' and agency_code = ? and acknowledged_at is null""")
                .params(utc(at), by, routeId, agency).update() == 1;
    }

    boolean routedTo(long callId, String agency) {
        return agency != null && jdbc.sql("select count(*) from hotline_route where call_id = ? and agency_code = ?")
                .params(callId, agency).query(Long.class).single() > 0;
    }

    private static Route route(ResultSet rs) throws SQLException {
        OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        String outcome = rs.getString("outcome");
        return new Route(rs.getLong("id"), rs.getLong("call_id"), RouteKind.valueOf(rs.getString("kind")),
                rs.getString("agency_code"), rs.getString("agency_bin"), rs.getObject("routed_at", OffsetDateTime.class).toInstant(),
                rs.getString("routed_by"), rs.getObject("follow_up_on", LocalDate.class),
                outcome == null ? null : RouteOutcome.valueOf(outcome), rs.getObject("outcome_on", LocalDate.class),
                rs.getString("outcome_by"), acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledged_by"),
                rs.getObject("screening_request", Long.class), null);
    }
}
