package kz.koshi.border;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.koshi.shared.PersonSelection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.border.CrossingRepository.utc;

/** Each person's last completed crossing: who is in the country now, for the sweep and the board. */
@Repository
class PresenceRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PresenceRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Moves each traveller's presence forward to their latest completed crossing among these; a delayed record
     * older than the last one on record changes nothing. A first presence is inserted unless another
     * transaction has just inserted it (then that one is waited for and moved forward if this is later).
     * Rows go in person-number order, so that concurrent batches lock them in the same order.
     */
    void recordAll(Collection<StoredCrossing> completed) {
        List<StoredCrossing> latest = List.copyOf(completed.stream().collect(Collectors.toMap(StoredCrossing::personNumber,
                c -> c, (a, b) -> b.occurredAt().isAfter(a.occurredAt()) ? b : a, TreeMap::new)).values());
        template.batchUpdate("""
                insert into border_presence (person_number, last_direction, last_crossing_id, last_at) values (?, ?, ?, ?)
                on conflict do nothing""", latest, 1000, (ps, c) -> {
            ps.setString(1, c.personNumber());
            ps.setString(2, c.direction().name());
            ps.setLong(3, c.id());
            ps.setObject(4, utc(c.occurredAt()));
        });
        template.batchUpdate("""
                update border_presence set last_direction = ?, last_crossing_id = ?, last_at = ?
                where person_number = ? and last_at < ?""", latest, 1000, (ps, c) -> {
            ps.setString(1, c.direction().name());
            ps.setLong(2, c.id());
            ps.setObject(3, utc(c.occurredAt()));
            ps.setString(4, c.personNumber());
            ps.setObject(5, utc(c.occurredAt()));
        });
    }

    /** The last completed crossing on record of each selected person who has one. */
    Map<String, Presence> lastOf(PersonSelection persons) {
        Map<String, Presence> last = new HashMap<>();
        jdbc.sql("select person_number, last_direction, last_at from border_presence where " + persons.where("person_number"))
                .params(persons.params())
                .query(rs -> {
                    last.put(rs.getString("person_number"), new Presence(Direction.valueOf(rs.getString("last_direction")),
                            rs.getObject("last_at", OffsetDateTime.class).toInstant()));
                });
        return last;
    }

    /** Persons whose last crossing is an entry, after the given person number, in order: a page of the sweep. */
    List<String> presentAfter(String afterPersonNumber, int limit) {
        return jdbc.sql("""
                select person_number from border_presence where last_direction = 'ENTRY' and person_number > ?
                order by person_number limit ?""").params(afterPersonNumber, limit).query(String.class).list();
    }
}
