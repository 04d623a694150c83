package kz.koshi.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.koshi.protection.rules.ExtensionReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;

/** Service plans, services delivered and extension requests. */
@Repository
class ServiceRepository {

    record ExtensionRow(long caseId, CaseFile.Extension extension) {
    }

    private final JdbcClient jdbc;

    ServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<ServiceType> plan(long caseId) {
        return ScreeningRepository.enums(ServiceType.class, String.join(",", jdbc.sql(
                "select service_type from protection_plan_item where case_id = ? order by service_type")
                .param(caseId).query(String.class).list()));
    }

    void replacePlan(long caseId, Set<ServiceType> services) {
        jdbc.sql("delete from protection_plan_item where case_id = ?").param(caseId).update();
        services.forEach(s -> jdbc.sql("insert into protection_plan_item (case_id, service_type) values (?, ?)")
                .params(caseId, s.name()).update());
    }

    void deliver(long caseId, ServiceDelivery d, String actor, Instant at) {
        jdbc.sql("""
                insert into protection_service_delivery (case_id, service_type, delivered_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""").params(caseId, d.serviceType().name(), d.deliveredOn(), actor, utc(at)).update();
    }

    List<CaseFile.Service> delivered(long caseId) {
        return jdbc.sql("select * from protection_service_delivery where case_id = ? order by delivered_on, id").param(caseId)
                .query((rs, n) -> new CaseFile.Service(rs.getLong("id"), ServiceType.valueOf(rs.getString("service_type")),
                        rs.getObject("delivered_on", LocalDate.class), rs.getString("recorded_by"))).list();
    }

    long requestExtension(long caseId, ExtensionRequest e, String actor, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into protection_extension (case_id, reason, requested_until, requested_by, requested_at, status)
                values (?, ?, ?, ?, ?, 'PENDING')""").params(caseId, e.reason().name(), e.until(), actor, utc(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ExtensionRow> extension(long id) {
        return jdbc.sql("select * from protection_extension where id = ?").param(id)
                .query((rs, n) -> new ExtensionRow(rs.getLong("case_id"), extension(rs))).optional();
    }

    List<CaseFile.Extension> extensions(long caseId) {
        return jdbc.sql("select * from protection_extension where case_id = ? order by requested_at, id").param(caseId)
                .query((rs, n) -> extension(rs)).list();
    }

    List<SupervisorReport.PendingExtension> pendingIn(String agency) {
        return jdbc.sql("""
                select e.*, c.case_number, c.period_ends_on from protection_extension e join protection_case c on c.id = e.case_id
                where c.owner_agency_code = ? and e.status = 'PENDING' order by e.requested_at""").param(agency)
                .query((rs, n) -> new SupervisorReport.PendingExtension(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("case_number"), ExtensionReason.valueOf(rs.getString("reason")),
                        rs.getObject("period_ends_on", LocalDate.class), rs.getObject("requested_until", LocalDate.class),
                        rs.getString("requested_by"), instant(rs, "requested_at"))).list();
    }

    boolean extensionPending(long caseId) {
        return jdbc.sql("select count(*) from protection_extension where case_id = ? and status = 'PENDING'")
                .param(caseId).query(Long.class).single() > 0;
    }

    void decideExtension(long id, ExtensionStatus status, String actor, Instant at) {
        jdbc.sql("update protection_extension set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status.name(), actor, utc(at), id).update();
    }

    private static CaseFile.Extension extension(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseFile.Extension(rs.getLong("id"), ExtensionReason.valueOf(rs.getString("reason")),
                rs.getObject("requested_until", LocalDate.class), rs.getString("requested_by"), instant(rs, "requested_at"),
                ExtensionStatus.valueOf(rs.getString("status")), rs.getString("decided_by"));
    }
}
