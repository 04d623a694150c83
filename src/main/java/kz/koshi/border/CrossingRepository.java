package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CrossingRepository {

    private final JdbcClient jdbc;

    CrossingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> duplicateOf(CheckedCrossing c) {
        return jdbc.sql("""
                select id from border_crossing where document_country = ? and document_number = ? and direction = ?
                and occurred_at = ?""").params(c.documentCountry(), c.documentNumber(), c.direction().name(), utc(c.occurredAt()))
                .query(Long.class).optional();
    }

    long insert(CheckedCrossing c, String personNumber, String state, String channel, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into border_crossing (person_number, direction, checkpoint_code, occurred_at, document_type,
                document_number, document_country, document_expires_on, surname, given_names, birth_date, sex,
                citizenship, purpose, state, channel, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personNumber, c.direction().name(), c.checkpoint(), utc(c.occurredAt()), c.documentType(),
                        c.documentNumber(), c.documentCountry(), c.documentExpiresOn(), c.surname(), c.givenNames(),
                        c.birthDate(), c.sex(), c.citizenship(), c.purpose(), state, channel, utc(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertMinor(long crossingId, String personNumber, CheckedCrossing.CheckedMinor m) {
        jdbc.sql("""
                insert into border_crossing_minor (crossing_id, person_number, surname, given_names, birth_date,
                citizenship, relation) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(crossingId, personNumber, m.surname(), m.givenNames(), m.birthDate(), m.citizenship(), m.relation())
                .update();
    }

    void setState(long crossingId, String state) {
        jdbc.sql("update border_crossing set state = ? where id = ?").params(state, crossingId).update();
    }

    Optional<StoredCrossing> find(long id) {
        return jdbc.sql("select * from border_crossing where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    List<StoredCrossing> ofPerson(String personNumber) {
        return ofPersonsBetween(personNumber, personNumber);
    }

    /** The crossings of the persons numbered first to last (inclusive), by person, each in time order. */
    List<StoredCrossing> ofPersonsBetween(String first, String last) {
        return jdbc.sql("select * from border_crossing where person_number between ? and ? order by person_number, occurred_at, id")
                .params(first, last).query((rs, n) -> map(rs)).list();
    }

    List<StoredCrossing> latest(String checkpoint, String region, int limit) {
        return jdbc.sql("""
                select c.* from border_crossing c join border_checkpoint p on p.code = c.checkpoint_code
                where (cast(? as varchar(16)) is null or c.checkpoint_code = ?) and (cast(? as varchar(16)) is null or p.region_code = ?)
                order by c.occurred_at desc, c.id desc limit ?""")
                .params(checkpoint, checkpoint, region, region, limit).query((rs, n) -> map(rs)).list();
    }

    static StoredCrossing map(ResultSet rs) throws SQLException {
        return new StoredCrossing(rs.getLong("id"), rs.getString("person_number"), Direction.valueOf(rs.getString("direction")),
                rs.getString("checkpoint_code"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("document_type"), rs.getString("document_number"), rs.getString("document_country"),
                rs.getObject("document_expires_on", LocalDate.class), rs.getString("surname"), rs.getString("given_names"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("citizenship"),
                rs.getString("purpose"), rs.getString("state"), rs.getString("channel"));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
