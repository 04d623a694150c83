package kz.koshi.protection;

import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Places and services of the crisis centres; the centres themselves are reference data. */
@Repository
class CentreRepository {

    record Places(String agencyCode, int capacity, Set<ServiceType> services) {
    }

    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Places> find(String agencyCode) {
        return jdbc.sql("select * from protection_centre where agency_code = ?").param(agencyCode)
                .query((rs, n) -> new Places(rs.getString("agency_code"), rs.getInt("capacity"),
                        ScreeningRepository.enums(ServiceType.class, rs.getString("services")))).optional();
    }

    void setCapacity(String agencyCode, int capacity) {
        jdbc.sql("update protection_centre set capacity = ? where agency_code = ?").params(capacity, agencyCode).update();
    }
}
