package kz.koshi.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Employment support requests. The career centre's queries read this table alone and select only the
 * columns of {@link EmploymentRequest}: nothing joins to the case, so nothing of it can leak.
 */
@Repository
class EmploymentRepository {

    private static final String COLUMNS = "id, person_number, region_code, requested_on, contact_phone, status";

    private final JdbcClient jdbc;

    EmploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, String personNumber, String region, LocalDate on, String phone) {
        jdbc.sql("""
                insert into protection_employment_request (case_id, person_number, region_code, requested_on, contact_phone, status)
                values (?, ?, ?, ?, ?, 'REQUESTED')""").params(caseId, personNumber, region, on, phone).update();
    }

    List<EmploymentRequest> inRegion(String region) {
        return jdbc.sql("select " + COLUMNS + " from protection_employment_request where region_code = ? order by requested_on desc, id")
                .param(region).query((rs, n) -> map(rs)).list();
    }

    Optional<EmploymentRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from protection_employment_request where id = ?").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    void setStatus(long id, EmploymentRequestStatus status) {
        jdbc.sql("update protection_employment_request set status = ? where id = ?").params(status.name(), id).update();
    }

    private static EmploymentRequest map(ResultSet rs) throws SQLException {
        return new EmploymentRequest(rs.getLong("id"), rs.getString("person_number"), rs.getString("region_code"),
                rs.getObject("requested_on", LocalDate.class), rs.getString("contact_phone"),
                EmploymentRequestStatus.valueOf(rs.getString("status")));
    }
}
