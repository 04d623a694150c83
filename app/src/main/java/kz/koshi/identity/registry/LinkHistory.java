package kz.koshi.identity.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.identity.registry.SourceRecordRepository.utc;

/** Provenance of every link: which person a source record was put in or moved to, by whom and why. */
@Repository
public class LinkHistory {

    public record Entry(long sourceRecordId, String fromPerson, String toPerson, String action, String actor,
                        String reason, Instant occurredAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LinkHistory(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void record(long sourceRecordId, String from, String to, String action, String actor, String reason, Instant now) {
        recordAll(List.of(new Entry(sourceRecordId, from, to, action, actor, reason, now)));
    }

    public void recordAll(List<Entry> entries) {
        template.batchUpdate("""
                insert into identity_link_history (source_record_id, from_person, to_person, action, actor, reason, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?)""", entries, 1000, (ps, e) -> {
            ps.setLong(1, e.sourceRecordId());
            ps.setString(2, e.fromPerson());
            ps.setString(3, e.toPerson());
            ps.setString(4, e.action());
            ps.setString(5, e.actor());
            ps.setString(6, e.reason());
            ps.setObject(7, utc(e.occurredAt()));
        });
    }

    public List<Entry> ofPerson(String personNumber) {
        return jdbc.sql("""
                select * from identity_link_history where to_person = ? or from_person = ? order by occurred_at, id""")
                .params(personNumber, personNumber)
                .query((rs, n) -> new Entry(rs.getLong("source_record_id"), rs.getString("from_person"),
                        rs.getString("to_person"), rs.getString("action"), rs.getString("actor"), rs.getString("reason"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
