package kz.koshi.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency's history page: every act on its applications and licence. */
@Repository
class HistoryRepository {

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long agencyId, Long applicationId, Long licenceId, String act, LocalDate on, Instant at, String actor, String reason) {
        jdbc.sql("""
                insert into recruitment_history (agency_id, application_id, licence_id, act, acted_on, acted_at, actor, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agencyId, applicationId, licenceId, act, on, at.atOffset(ZoneOffset.UTC), actor, reason).update();
    }

    List<HistoryEntry> ofAgency(long agencyId) {
        return jdbc.sql("select act, acted_on, acted_at, actor, reason from recruitment_history where agency_id = ? order by acted_at, id")
                .param(agencyId).query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5))).list();
    }

    /** The licence acts the public sees: suspensions, reinstatements, revocations, with their days (no reasons, no actors). */
    List<HistoryEntry> publicActs(long licenceId) {
        return jdbc.sql("""
                select act, acted_on, acted_at from recruitment_history where licence_id = ?
                and act in ('GRANTED', 'SUSPENDED', 'REINSTATED', 'REVOKED', 'RENEWED', 'EXPIRED') order by acted_at, id""")
                .param(licenceId).query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), null, null)).list();
    }
}
