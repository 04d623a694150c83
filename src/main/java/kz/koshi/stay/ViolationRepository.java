package kz.koshi.stay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import kz.koshi.stay.rules.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.stay.StayRecords.utc;

/** Violations are kept once per person, kind and first day; later detections update the days and sanction. */
@Repository
class ViolationRepository {

    private final JdbcClient jdbc;

    ViolationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns true when the violation is new. */
    boolean upsert(String person, Violation v, String detectedBy, Instant now) {
        int updated = jdbc.sql("""
                update stay_violation set days = ?, sanction = ? where person_number = ? and kind = ? and since = ?""")
                .params(v.days(), v.sanction().name(), person, v.kind().name(), v.since()).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                insert into stay_violation (person_number, kind, since, days, sanction, state, detected_at, detected_by)
                values (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(person, v.kind().name(), v.since(), v.days(), v.sanction().name(), utc(now), detectedBy).update();
        return true;
    }

    List<StoredViolation> ofPerson(String person) {
        return jdbc.sql("select * from stay_violation where person_number = ? order by since, id").param(person)
                .query((rs, n) -> map(rs)).list();
    }

    List<StoredViolation> open(int limit) {
        return jdbc.sql("select * from stay_violation where state = 'OPEN' order by detected_at desc, id desc limit ?")
                .param(limit).query((rs, n) -> map(rs)).list();
    }

    boolean handle(long id, String officer, Instant now) {
        return jdbc.sql("update stay_violation set state = 'HANDLED', handled_by = ?, handled_at = ? where id = ? and state = 'OPEN'")
                .params(officer, utc(now), id).update() == 1;
    }

    /** Counts by kind and sanction, for the statistics. */
    List<Count> counts() {
        return jdbc.sql("select kind, sanction, count(*) n from stay_violation group by kind, sanction order by kind, sanction")
                .query((rs, n) -> new Count(rs.getString("kind"), rs.getString("sanction"), rs.getLong("n"))).list();
    }

    record Count(String kind, String sanction, long count) {
    }

    void block(String person, LocalDate starts, LocalDate ends) {
        jdbc.sql("delete from stay_removal_block where person_number = ? and starts_on = ?").params(person, starts).update();
        jdbc.sql("insert into stay_removal_block (person_number, starts_on, ends_on) values (?, ?, ?)")
                .params(person, starts, ends).update();
    }

    void unblock(String person, LocalDate ended) {
        jdbc.sql("update stay_removal_block set ends_on = ? where person_number = ? and (ends_on is null or ends_on > ?)")
                .params(ended, person, ended).update();
    }

    List<LocalDate[]> blocks(String person) {
        return jdbc.sql("select starts_on, ends_on from stay_removal_block where person_number = ?").param(person)
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).list();
    }

    private static StoredViolation map(ResultSet rs) throws SQLException {
        return new StoredViolation(rs.getLong("id"), rs.getString("person_number"), rs.getString("kind"),
                rs.getObject("since", LocalDate.class), rs.getLong("days"), rs.getString("sanction"), rs.getString("state"),
                rs.getObject("detected_at", OffsetDateTime.class).toInstant(), rs.getString("detected_by"));
    }
}
