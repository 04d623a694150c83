package kz.koshi.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The hotline's screening requests; the facts are stored as the cipher gives them. */
@Repository
class ScreeningRequestRepository {

    private final JdbcClient jdbc;

    ScreeningRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(HotlineScreeningRequest r, String agency, String sealedFacts, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into protection_screening_request (hotline_call, agency_code, region_code, facts, status, requested_at)
                values (?, ?, ?, ?, 'WAITING', ?)""")
                .params(r.callId(), agency, r.regionCode(), sealedFacts, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ScreeningRequest> find(long id) {
        return jdbc.sql("select * from protection_screening_request where id = ?").param(id).query((rs, n) -> row(rs, true)).optional();
    }

    List<ScreeningRequest> waitingFor(String agency) {
        return jdbc.sql("select * from protection_screening_request where agency_code = ? and status = 'WAITING' order by requested_at")
                .param(agency).query((rs, n) -> row(rs, false)).list();
    }

    boolean screened(long id, String agency, Long caseId, String by, Instant at) {
        return jdbc.sql("""
                update protection_screening_request set status = 'SCREENED', case_id = ?, screened_by = ?, screened_at = ?
                where id = ? and agency_code = ? and status = 'WAITING'""")
                .params(caseId, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id, agency).update() == 1;
    }

    private static ScreeningRequest row(ResultSet rs, boolean withFacts) throws SQLException {
        return new ScreeningRequest(rs.getLong("id"), rs.getLong("hotline_call"), rs.getString("agency_code"),
                rs.getString("region_code"), withFacts ? rs.getString("facts") : null,
                ScreeningRequestStatus.valueOf(rs.getString("status")),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("case_id", Long.class));
    }
}
