package kz.koshi.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AgencyRepository {

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String agencyCode, String bin, String legalName, SignIn signIn, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into recruitment_agency (agency_code, bin, legal_name, sign_in, created_at) values (?, ?, ?, ?, ?)")
                .params(agencyCode, bin, legalName, signIn.name(), now.atOffset(ZoneOffset.UTC)).update(key, "id");
        return key.getKey().longValue();
    }

    boolean binTaken(String bin) {
        return jdbc.sql("select count(*) from recruitment_agency where bin = ?").param(bin).query(Long.class).single() > 0;
    }

    Optional<Agency> byCode(String agencyCode) {
        return jdbc.sql("select * from recruitment_agency where agency_code = ?").param(agencyCode).query((rs, n) -> map(rs)).optional();
    }

    Optional<Agency> byId(long id) {
        return jdbc.sql("select * from recruitment_agency where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    void rename(long id, String legalName) {
        jdbc.sql("update recruitment_agency set legal_name = ? where id = ?").params(legalName, id).update();
    }

    private static Agency map(ResultSet rs) throws SQLException {
        return new Agency(rs.getLong("id"), rs.getString("agency_code"), rs.getString("bin"), rs.getString("legal_name"),
                SignIn.valueOf(rs.getString("sign_in")));
    }
}
