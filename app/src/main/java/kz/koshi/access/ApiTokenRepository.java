package kz.koshi.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String agencyCode, String tokenHash, String hint, Set<ApiScope> scopes, String createdBy,
                Instant now, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (name, agency_code, token_hash, token_hint, scopes, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name, agencyCode, tokenHash, hint,
                        scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" ")),
                        createdBy, utc(now), expiresAt == null ? null : utc(expiresAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ApiToken> findByHash(String tokenHash) {
        return jdbc.sql("select * from api_token where token_hash = ?").param(tokenHash).query((rs, n) -> map(rs)).optional();
    }

    Optional<ApiToken> findById(long id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    boolean hashExists(String tokenHash) {
        return jdbc.sql("select count(*) from api_token where token_hash = ?").param(tokenHash).query(Long.class).single() > 0;
    }

    List<ApiToken> findAll() {
        return jdbc.sql("select * from api_token order by revoked_at nulls first, agency_code, name").query((rs, n) -> map(rs)).list();
    }

    void revoke(long id, String by, Instant now, String reason) {
        jdbc.sql("update api_token set revoked_at = ?, revoked_by = ?, revoke_reason = ? where id = ? and revoked_at is null")
                .params(utc(now), by, reason, id).update();
    }

    /** Records use at most once a minute per token, so a busy system does not write on every call. */
    void touch(long id, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(utc(now), id, utc(now.minusSeconds(60))).update();
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString("scopes").split(" ")).map(ApiScope::fromCode).flatMap(Optional::stream).forEach(scopes::add);
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("agency_code"), rs.getString("token_hint"),
                scopes, rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
