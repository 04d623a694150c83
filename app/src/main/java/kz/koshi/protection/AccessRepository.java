package kz.koshi.protection;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;

/** Who may see a case: the workers assigned to it and the time-limited break-the-glass grants. */
@Repository
class AccessRepository {

    record Grant(long id, long caseId, String caseNumber, String actor, String agencyCode, String reason,
                 Instant grantedAt, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    AccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean assigned(long caseId, long officerId) {
        return jdbc.sql("select count(*) from protection_case_worker where case_id = ? and officer_id = ?")
                .params(caseId, officerId).query(Long.class).single() > 0;
    }

    void assign(long caseId, long officerId, Instant at) {
        if (!assigned(caseId, officerId)) {
            jdbc.sql("insert into protection_case_worker (case_id, officer_id, assigned_at) values (?, ?, ?)")
                    .params(caseId, officerId, utc(at)).update();
        }
    }

    /** The workers assigned to a case, the earliest first: officer id and when. */
    Map<Long, Instant> workers(long caseId) {
        Map<Long, Instant> workers = new LinkedHashMap<>();
        jdbc.sql("select officer_id, assigned_at from protection_case_worker where case_id = ? order by assigned_at, officer_id")
                .param(caseId).query(rs -> {
                    workers.put(rs.getLong("officer_id"), instant(rs, "assigned_at"));
                });
        return workers;
    }

    /** For each worker, how many of the agency's cases that are not closed they are assigned to. */
    Map<Long, Long> openCasesPerWorker(String agency) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select w.officer_id, count(*) as open_cases from protection_case_worker w join protection_case c on c.id = w.case_id
                where c.owner_agency_code = ? and c.status <> 'CLOSED' group by w.officer_id""")
                .param(agency).query(rs -> {
                    counts.put(rs.getLong("officer_id"), rs.getLong("open_cases"));
                });
        return counts;
    }

    void unassign(long caseId, long officerId) {
        jdbc.sql("delete from protection_case_worker where case_id = ? and officer_id = ?").params(caseId, officerId).update();
    }

    /** A hand-over: the old office's workers let go of the case, so no record is left behind there. */
    void unassignAll(long caseId) {
        jdbc.sql("delete from protection_case_worker where case_id = ?").param(caseId).update();
    }

    boolean activeGrant(long caseId, long officerId, Instant now) {
        return jdbc.sql("select count(*) from protection_glass_grant where case_id = ? and officer_id = ? and expires_at > ?")
                .params(caseId, officerId, utc(now)).query(Long.class).single() > 0;
    }

    long grant(long caseId, long officerId, String actor, String agency, String reasonCipher, Instant now, Instant until) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into protection_glass_grant (case_id, officer_id, actor, agency_code, reason, granted_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, officerId, actor, agency, reasonCipher, utc(now), utc(until)).update(key, "id");
        return key.getKey().longValue();
    }

    /** Grants on the cases an agency holds, newest first: the supervisor's break-the-glass report. */
    List<Grant> grantsOnCasesOf(String agency) {
        return jdbc.sql("""
                select g.*, c.case_number from protection_glass_grant g join protection_case c on c.id = g.case_id
                where c.owner_agency_code = ? order by g.granted_at desc""").param(agency)
                .query((rs, n) -> new Grant(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                        rs.getString("actor"), rs.getString("agency_code"), rs.getString("reason"),
                        instant(rs, "granted_at"), instant(rs, "expires_at"))).list();
    }
}
