package kz.koshi.border;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.border.CrossingRepository.utc;

/** Each person's last completed crossing: who is in the country now, for the sweep and the board. */
@Repository
class PresenceRepository {

    private final JdbcClient jdbc;

    PresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the person's presence forward; a delayed record older than the last one changes nothing. */
    void record(String personNumber, Direction direction, long crossingId, Instant at) {
        int updated = jdbc.sql("""
                update border_presence set last_direction = ?, last_crossing_id = ?, last_at = ?
                where person_number = ? and last_at <= ?""")
                .params(direction.name(), crossingId, utc(at), personNumber, utc(at)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into border_presence (person_number, last_direction, last_crossing_id, last_at)
                    select ?, ?, ?, ? where not exists (select 1 from border_presence where person_number = ?)""")
                    .params(personNumber, direction.name(), crossingId, utc(at), personNumber).update();
        }
    }

    /** Persons whose last crossing is an entry, after the given person number, in order: a page of the sweep. */
    List<String> presentAfter(String afterPersonNumber, int limit) {
        return jdbc.sql("""
                select person_number from border_presence where last_direction = 'ENTRY' and person_number > ?
                order by person_number limit ?""").params(afterPersonNumber, limit).query(String.class).list();
    }
}
