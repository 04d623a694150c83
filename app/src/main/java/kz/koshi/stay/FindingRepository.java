package kz.koshi.stay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stay's side of raid findings: the violations they became and each finding once per raid, person and kind. */
@Repository
class FindingRepository {

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> reported(InspectionFinding f) {
        return jdbc.sql("select violation_id from stay_violation_finding where raid_id = ? and person_number = ? and kind = ?")
                .params(f.raidId(), f.personNumber(), f.kind().name()).query(Long.class).optional();
    }

    /** The person's open violation of this kind, else the one (of any state but withdrawn) that began on the day found. */
    Optional<Long> sameAsRecorded(InspectionFinding f) {
        return jdbc.sql("""
                select id from stay_violation where person_number = ? and kind = ?
                and (state = 'OPEN' or (state = 'HANDLED' and since = ?)) order by since desc, id desc limit 1""")
                .params(f.personNumber(), f.kind().name(), f.foundOn()).query(Long.class).optional();
    }

    /** A new open violation from the raid; empty when one of the same person, kind and first day exists (withdrawn). */
    Optional<Long> insertViolation(InspectionFinding f, boolean suspended, Instant detectedAt) {
        jdbc.sql("""
                insert into stay_violation (person_number, kind, since, days, sanction, state, detected_at, detected_by, suspended, raid_id)
                values (?, ?, ?, 1, 'PROTOCOL', 'OPEN', ?, 'RAID', ?, ?) on conflict do nothing""")
                .params(f.personNumber(), f.kind().name(), f.foundOn(), detectedAt.atOffset(ZoneOffset.UTC), suspended, f.raidId()).update();
        return jdbc.sql("select id from stay_violation where person_number = ? and kind = ? and since = ? and raid_id = ?")
                .params(f.personNumber(), f.kind().name(), f.foundOn(), f.raidId()).query(Long.class).optional();
    }

    /** A withdrawn violation of the same first day, found on the spot after all, is open again with the raid as source. */
    Optional<Long> reopen(InspectionFinding f, boolean suspended) {
        Optional<Long> id = jdbc.sql("select id from stay_violation where person_number = ? and kind = ? and since = ? and state = 'WITHDRAWN'")
                .params(f.personNumber(), f.kind().name(), f.foundOn()).query(Long.class).optional();
        id.ifPresent(v -> jdbc.sql("""
                update stay_violation set state = 'OPEN', withdrawn_on = null, detected_by = 'RAID', raid_id = ?, suspended = ?
                where id = ?""").params(f.raidId(), suspended, v).update());
        return id;
    }

    void insertFinding(InspectionFinding f, long violation, Instant now) {
        jdbc.sql("""
                insert into stay_violation_finding (raid_id, person_number, kind, violation_id, found_on, region_code, found_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(f.raidId(), f.personNumber(), f.kind().name(), violation, f.foundOn(),
                f.regionCode(), f.foundBy(), now.atOffset(ZoneOffset.UTC)).update();
    }

    /** The violator's region, when the border gave none: the raid's. */
    void regionIfUnknown(String person, String region) {
        jdbc.sql("update stay_violator set region_code = ? where person_number = ? and region_code is null").params(region, person).update();
    }

    /** Violations found in the month (Kazakhstan days), by source: open and handled, punishable or not, not withdrawn. */
    Map<ViolationSource, Long> foundIn(YearMonth month, ZoneId zone) {
        Map<ViolationSource, Long> counts = new EnumMap<>(ViolationSource.class);
        for (ViolationSource s : ViolationSource.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("""
                select case when detected_by = 'RAID' then 'RAID' else 'RULES' end src, count(*) n from stay_violation
                where state <> 'WITHDRAWN' and detected_at >= ? and detected_at < ? group by case when detected_by = 'RAID' then 'RAID' else 'RULES' end""")
                .params(start(month.atDay(1), zone), start(month.plusMonths(1).atDay(1), zone))
                .query((rs, n) -> counts.put(ViolationSource.valueOf(rs.getString("src")), rs.getLong("n"))).list();
        return counts;
    }

    private static Object start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }
}
