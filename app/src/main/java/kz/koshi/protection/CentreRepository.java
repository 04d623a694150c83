package kz.koshi.protection;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;

/** Places and services of the crisis centres; the centres themselves are reference data. */
@Repository
class CentreRepository {

    record Places(String agencyCode, int capacity, Set<ServiceType> services, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Places> find(String agencyCode) {
        return jdbc.sql("select * from protection_centre where agency_code = ?").param(agencyCode)
                .query((rs, n) -> new Places(rs.getString("agency_code"), rs.getInt("capacity"),
                        ScreeningRepository.enums(ServiceType.class, rs.getString("services")), rs.getString("updated_by"),
                        instant(rs, "updated_at"))).optional();
    }

    void update(String agencyCode, CentreChange change, String actor, Instant at) {
        jdbc.sql("update protection_centre set capacity = ?, services = ?, updated_by = ?, updated_at = ? where agency_code = ?")
                .params(change.capacity(), ScreeningRepository.codes(change.services()), actor, utc(at), agencyCode).update();
    }
}
