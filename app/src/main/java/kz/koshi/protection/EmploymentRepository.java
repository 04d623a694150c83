package kz.koshi.protection;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A case's referrals to a career centre (programme "victim support"): which support request of the employment
 * module came from which case. The request itself, what the career centre sees, is the employment module's.
 */
@Repository
class EmploymentRepository {

    /** A support request of a case and the person the case is about now. */
    record CaseRequest(long requestId, String personNumber) {
    }

    private final JdbcClient jdbc;

    EmploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, long requestId) {
        jdbc.sql("insert into protection_employment_request (case_id, referral_id) values (?, ?)").params(caseId, requestId).update();
    }

    /** The support requests of these cases, each with the person its case is about now. */
    List<CaseRequest> ofCases(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.referral_id, c.person_number from protection_employment_request e
                        join protection_case c on c.id = e.case_id where c.id in (:cases)""")
                .param("cases", caseIds).query((rs, n) -> new CaseRequest(rs.getLong(1), rs.getString(2))).list();
    }
}
