package kz.koshi.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OfficerRepository {

    private final JdbcClient jdbc;

    OfficerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Officer> findByUsername(String username) {
        return jdbc.sql("select * from officer where username = ?").param(username)
                .query((rs, n) -> map(rs)).optional().map(this::withRoles);
    }

    Optional<Officer> findById(long id) {
        return jdbc.sql("select * from officer where id = ?").param(id)
                .query((rs, n) -> map(rs)).optional().map(this::withRoles);
    }

    List<Officer> findAll() {
        return jdbc.sql("select * from officer order by agency_code, username").query((rs, n) -> map(rs)).list()
                .stream().map(this::withRoles).toList();
    }

    List<Officer> findByAgency(String agencyCode) {
        return jdbc.sql("select * from officer where agency_code = ? order by full_name, id").param(agencyCode)
                .query((rs, n) -> map(rs)).list().stream().map(this::withRoles).toList();
    }

    /** A demo account made before demo officers had Kazakh and Russian names ("Demo ...") gets its new name. */
    void renameDemoOfficer(String username, String fullName) {
        jdbc.sql("update officer set full_name = ? where username = ? and full_name like 'Demo %'").params(fullName, username).update();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from officer where username = ?").param(username).query(Long.class).single() > 0;
    }

    long insert(String username, String fullName, String agencyCode, String passwordHash, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into officer (username, full_name, agency_code, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(username, fullName, agencyCode, passwordHash, utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    void replaceRoles(long officerId, Set<Role> roles) {
        jdbc.sql("delete from officer_role where officer_id = ?").param(officerId).update();
        roles.forEach(role -> jdbc.sql("insert into officer_role (officer_id, role) values (?, ?)")
                .params(officerId, role.name()).update());
    }

    void setEnabled(long officerId, boolean enabled) {
        jdbc.sql("update officer set enabled = ? where id = ?").params(enabled, officerId).update();
    }

    void setPassword(long officerId, String passwordHash) {
        jdbc.sql("update officer set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
                .params(passwordHash, officerId).update();
    }

    void clearFailures(String username) {
        jdbc.sql("update officer set failed_logins = 0, locked_until = null where username = ?").param(username).update();
    }

    private Officer withRoles(Officer o) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from officer_role where officer_id = ?").param(o.id()).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return new Officer(o.id(), o.username(), o.fullName(), o.agencyCode(), o.passwordHash(), o.enabled(),
                o.failedLogins(), o.lockedUntil(), roles, o.createdAt());
    }

    private static Officer map(ResultSet rs) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Officer(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("agency_code"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), Set.of(), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
