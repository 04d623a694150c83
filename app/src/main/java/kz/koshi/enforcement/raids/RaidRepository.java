package kz.koshi.enforcement.raids;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.koshi.stay.FindingOutcome;
import kz.koshi.stay.FoundViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The raids register: raids, the persons checked (registry numbers only) and the findings, each once. */
@Repository
class RaidRepository {

    private static final String SUMMARY = """
            select r.*, (select count(*) from enforcement_raid_check c where c.raid_id = r.id) checked,
            (select count(*) from enforcement_raid_finding f where f.raid_id = r.id) found from enforcement_raid r""";

    private final JdbcClient jdbc;

    RaidRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new raid's id; empty when the agency recorded the same raid already (a second click, a retried request). */
    Optional<Long> insert(NewRaid raid, String agency, String officer, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        int rows = jdbc.sql("""
                insert into enforcement_raid (name, kind, region_code, place, first_day, last_day, agency_code, recorded_by, recorded_at, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict do nothing""").params(raid.name().strip(), raid.kind().name(),
                raid.regionCode(), raid.place().strip(), raid.firstDay(), raid.lastDay(), agency, officer, utc(now)).update(keys, "id");
        return rows == 1 ? Optional.of(keys.getKey().longValue()) : Optional.empty();
    }

    /** The raid, its row locked until the caller's transaction ends: one addition or completion of a raid at a time. */
    Optional<RaidSummary> lock(long id) {
        jdbc.sql("select id from enforcement_raid where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    Optional<RaidSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where r.id = ?").param(id).query((rs, n) -> summary(rs)).optional();
    }

    Optional<Record> record(long id) {
        return jdbc.sql("select recorded_by, recorded_at, completed_at from enforcement_raid where id = ?").param(id)
                .query((rs, n) -> new Record(rs.getString(1), instant(rs, "recorded_at"), instant(rs, "completed_at"))).optional();
    }

    record Record(String recordedBy, Instant recordedAt, Instant completedAt) {
    }

    /** Raids of the filter, newest first, of one agency or (null) of all. */
    List<RaidSummary> list(RaidFilter filter, String agency, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, " and r.agency_code = ?", agency);
        condition(where, params, " and r.kind = ?", filter.kind() == null ? null : filter.kind().name());
        condition(where, params, " and r.region_code = ?", filter.region());
        condition(where, params, " and r.state = ?", filter.state() == null ? null : filter.state().name());
        params.add(limit);
        return jdbc.sql(SUMMARY + where + " order by r.first_day desc, r.id desc limit ?").params(params).query((rs, n) -> summary(rs)).list();
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }

    boolean insertCheck(long raid, String person, LocalDate on) {
        return jdbc.sql("insert into enforcement_raid_check (raid_id, person_number, checked_on) values (?, ?, ?) on conflict do nothing")
                .params(raid, person, on).update() == 1;
    }

    boolean insertFinding(long raid, String person, PersonChecked row, long violation, FindingOutcome outcome) {
        return jdbc.sql("""
                insert into enforcement_raid_finding (raid_id, person_number, kind, found_on, employer_bin, violation_id, outcome)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""").params(raid, person, row.violation().name(), row.checkedOn(),
                blankToNull(row.employerBin()), violation, outcome.name()).update() == 1;
    }

    List<String[]> checks(long raid) {
        return jdbc.sql("select person_number, checked_on from enforcement_raid_check where raid_id = ? order by checked_on, person_number")
                .param(raid).query((rs, n) -> new String[] {rs.getString(1), rs.getObject(2, LocalDate.class).toString()}).list();
    }

    List<RaidFinding> findings(long raid) {
        return jdbc.sql("select * from enforcement_raid_finding where raid_id = ? order by found_on, person_number, kind").param(raid)
                .query((rs, n) -> new RaidFinding(rs.getString("person_number"), FoundViolation.valueOf(rs.getString("kind")),
                        rs.getObject("found_on", LocalDate.class), rs.getString("employer_bin"), rs.getLong("violation_id"),
                        FindingOutcome.valueOf(rs.getString("outcome")))).list();
    }

    boolean complete(long raid, LocalDate lastDay, String officer, Instant now) {
        return jdbc.sql("""
                update enforcement_raid set state = 'COMPLETED', last_day = ?, completed_at = ?, completed_by = ?
                where id = ? and state = 'OPEN'""").params(lastDay, utc(now), officer, raid).update() == 1;
    }

    private static RaidSummary summary(ResultSet rs) throws SQLException {
        return new RaidSummary(rs.getLong("id"), rs.getString("name"), RaidKind.valueOf(rs.getString("kind")), rs.getString("region_code"),
                rs.getString("place"), rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getString("agency_code"), RaidState.valueOf(rs.getString("state")), rs.getInt("checked"), rs.getInt("found"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
