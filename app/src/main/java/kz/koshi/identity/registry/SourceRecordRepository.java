package kz.koshi.identity.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import kz.koshi.identity.IncomingRecord;
import kz.koshi.shared.jdbc.Sequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class SourceRecordRepository {

    /** The number of the turn in progress: each record written carries it (see {@link IndexGeneration}). */
    private static final String TURN = "(select taken from identity_resolution_turn where id = 1)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    SourceRecordRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Ids for records about to be stored, drawn from the record sequence. */
    public List<Long> newIds(int count) {
        return Sequences.next(template, "identity_source_record_seq", count);
    }

    /**
     * Stores records not seen before (the caller checked, under the resolution lock), each under an id from
     * {@link #newIds} and with its person and how it was decided, in one batch.
     */
    public void insertAll(List<StoredRecord> resolved) {
        template.batchUpdate("""
                insert into identity_source_record (id, source, source_record_id, payload, received_at, person_number,
                       resolution, match_probability, turn_taken) values (?, ?, ?, ?, ?, ?, ?, ?,
                       (select taken from identity_resolution_turn where id = 1))""", resolved, 1000, (ps, r) -> {
            ps.setLong(1, r.id());
            ps.setString(2, r.record().source());
            ps.setString(3, r.record().recordId());
            ps.setString(4, json.writeValueAsString(r.record()));
            ps.setObject(5, utc(r.receivedAt()));
            ps.setString(6, r.personNumber());
            ps.setString(7, r.resolution());
            ps.setObject(8, r.matchProbability());
        });
    }

    /** The records of one source with the given record ids, those that are stored. */
    public List<StoredRecord> findAll(String source, Collection<String> sourceRecordIds) {
        if (sourceRecordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from identity_source_record where source = :source and source_record_id in (:ids)")
                .param("source", source).param("ids", sourceRecordIds).query((rs, n) -> map(rs)).list();
    }

    /** The source of each of these records, by record id (without reading the records themselves). */
    public Map<Long, String> sourcesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> sources = new HashMap<>();
        jdbc.sql("select id, source from identity_source_record where id in (:ids)").param("ids", ids)
                .query((ResultSet rs) -> {
                    sources.put(rs.getLong(1), rs.getString(2));
                });
        return sources;
    }

    public Optional<StoredRecord> find(String source, String sourceRecordId) {
        return jdbc.sql("select * from identity_source_record where source = ? and source_record_id = ?")
                .params(source, sourceRecordId).query((rs, n) -> map(rs)).optional();
    }

    public Optional<StoredRecord> find(long id) {
        return jdbc.sql("select * from identity_source_record where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<StoredRecord> ofPerson(String personNumber) {
        return ofPersons(List.of(personNumber));
    }

    /** The records of the given persons, each person's in order of arrival. */
    public List<StoredRecord> ofPersons(Collection<String> personNumbers) {
        if (personNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from identity_source_record where person_number in (:persons) order by person_number, received_at, id")
                .param("persons", personNumbers).query((rs, n) -> map(rs)).list();
    }

    public void assign(long id, String personNumber, String resolution, Double probability) {
        jdbc.sql("update identity_source_record set person_number = ?, resolution = ?, match_probability = ?, turn_taken = "
                        + TURN + " where id = ?")
                .params(personNumber, resolution, probability, id).update();
    }

    public void movePerson(String from, String to) {
        jdbc.sql("update identity_source_record set person_number = ?, turn_taken = " + TURN + " where person_number = ?")
                .params(to, from).update();
    }

    /** Streams every resolved record in order, for loading the online index. */
    public void forEachResolved(Consumer<StoredRecord> consumer) {
        jdbc.sql("select * from identity_source_record where person_number is not null order by id")
                .query((ResultSet rs) -> {
                    consumer.accept(map(rs));
                });
    }

    /** Streams the resolved records written in turns after {@code taken} (by any node), in order. */
    void forEachWrittenAfter(long taken, Consumer<StoredRecord> consumer) {
        jdbc.sql("select * from identity_source_record where turn_taken > ? and person_number is not null order by turn_taken, id")
                .param(taken).query((ResultSet rs) -> {
                    consumer.accept(map(rs));
                });
    }

    public long count() {
        return jdbc.sql("select count(*) from identity_source_record").query(Long.class).single();
    }

    private StoredRecord map(ResultSet rs) throws SQLException {
        double probability = rs.getDouble("match_probability");
        return new StoredRecord(rs.getLong("id"), json.readValue(rs.getString("payload"), IncomingRecord.class),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("person_number"),
                rs.getString("resolution"), rs.wasNull() ? null : probability);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
