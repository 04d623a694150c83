package kz.koshi.stay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.shared.PersonSelection;
import kz.koshi.stay.rules.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.stay.StayRecords.utc;

/** Violations are kept once per person, kind and first day; later detections update the days and sanction. */
@Repository
class ViolationRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ViolationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A violation of one person as the rules found it. */
    record Found(String person, Violation violation) {
    }

    /**
     * Inserts the violations not yet on record and returns those this call recorded: a violation another assessment
     * of the same person recorded meanwhile (a crossing's check racing a registration) is skipped, not an error.
     */
    List<Found> insertAll(List<Found> found, String detectedBy, Instant now) {
        int[][] counts = template.batchUpdate("""
                insert into stay_violation (person_number, kind, since, days, sanction, state, detected_at, detected_by, reason,
                suspended) values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?) on conflict do nothing""", found, 1000, (ps, f) -> {
            ps.setString(1, f.person());
            ps.setString(2, f.violation().kind().name());
            ps.setObject(3, f.violation().since());
            ps.setLong(4, f.violation().days());
            ps.setString(5, f.violation().sanction().name());
            ps.setObject(6, utc(now));
            ps.setString(7, detectedBy);
            ps.setString(8, reason(f));
            ps.setBoolean(9, f.violation().suspended());
        });
        List<Found> inserted = new ArrayList<>();
        int i = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                if (count != 0) {
                    inserted.add(found.get(i));
                }
                i++;
            }
        }
        return inserted;
    }

    /**
     * Later detections move the days, the sanction, the reason and whether it is punishable (a suspension learnt
     * later, or ended early) of a violation already on record.
     */
    void updateAll(List<Found> found) {
        template.batchUpdate("""
                update stay_violation set days = ?, sanction = ?, reason = ?, suspended = ?
                where person_number = ? and kind = ? and since = ?""",
                found, 1000, (ps, f) -> {
                    ps.setLong(1, f.violation().days());
                    ps.setString(2, f.violation().sanction().name());
                    ps.setString(3, reason(f));
                    ps.setBoolean(4, f.violation().suspended());
                    ps.setString(5, f.person());
                    ps.setString(6, f.violation().kind().name());
                    ps.setObject(7, f.violation().since());
                });
    }

    private static String reason(Found f) {
        return f.violation().reason() == null ? null : f.violation().reason().name();
    }

    /** Open violations the rules no longer find leave the queue and the statistics; handled ones keep their state. */
    void withdrawAll(List<StoredViolation> cleared, LocalDate on) {
        template.batchUpdate("update stay_violation set state = 'WITHDRAWN', withdrawn_on = ? where id = ? and state = 'OPEN'",
                cleared, 1000, (ps, v) -> {
                    ps.setObject(1, on);
                    ps.setLong(2, v.id());
                });
    }

    /** A withdrawn violation the rules find again (e.g. after a removal block ended) is open again. */
    void reopenAll(List<StoredViolation> found) {
        template.batchUpdate("update stay_violation set state = 'OPEN', withdrawn_on = null where id = ? and state = 'WITHDRAWN'",
                found, 1000, (ps, v) -> ps.setLong(1, v.id()));
    }

    List<StoredViolation> ofPerson(String person) {
        return ofPersons(PersonSelection.of(person));
    }

    /** Violations on record of the selected persons, by person. */
    List<StoredViolation> ofPersons(PersonSelection persons) {
        return jdbc.sql("select * from stay_violation where " + persons.where("person_number") + " order by person_number, since, id")
                .params(persons.params()).query((rs, n) -> map(rs)).list();
    }

    /** Counts by kind and sanction, for the statistics: open and handled punishable violations, not withdrawn ones. */
    List<Count> counts() {
        return jdbc.sql("""
                select kind, sanction, count(*) n from stay_violation where state <> 'WITHDRAWN' and suspended = false
                group by kind, sanction order by kind, sanction""")
                .query((rs, n) -> new Count(rs.getString("kind"), rs.getString("sanction"), rs.getLong("n"))).list();
    }

    record Count(String kind, String sanction, long count) {
    }

    private static StoredViolation map(ResultSet rs) throws SQLException {
        return new StoredViolation(rs.getLong("id"), rs.getString("person_number"), rs.getString("kind"),
                rs.getObject("since", LocalDate.class), rs.getLong("days"), rs.getString("sanction"), rs.getString("state"),
                rs.getObject("detected_at", OffsetDateTime.class).toInstant(), rs.getString("detected_by"),
                rs.getObject("withdrawn_on", LocalDate.class), rs.getString("reason"), rs.getBoolean("suspended"));
    }
}
