package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kz.koshi.border.booth.CrossingMinor;
import kz.koshi.shared.PersonSelection;
import kz.koshi.shared.jdbc.Sequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CrossingRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CrossingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** What makes a crossing the same crossing: the document, the direction and the instant. */
    static String identityOf(String documentCountry, String documentNumber, Direction direction, Instant occurredAt) {
        return documentCountry + ':' + documentNumber + ':' + direction + ':' + occurredAt;
    }

    /** Which of these crossings were received before (see {@link #identityOf}). */
    Set<String> alreadyReceived(Collection<CheckedCrossing> batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select document_country, document_number, direction, occurred_at from border_crossing
                where document_country in (:countries) and document_number in (:numbers)""")
                .param("countries", batch.stream().map(CheckedCrossing::documentCountry).collect(Collectors.toSet()))
                .param("numbers", batch.stream().map(CheckedCrossing::documentNumber).collect(Collectors.toSet()))
                .query((rs, n) -> identityOf(rs.getString(1), rs.getString(2), Direction.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant())).list());
    }

    /** A checked crossing with its traveller and the state it is recorded in. */
    record NewCrossing(CheckedCrossing crossing, String personNumber, String state) {
    }

    /** Inserts the crossings in one batch, under ids drawn from the crossing sequence; returns the ids in the same order. */
    List<Long> insertAll(List<NewCrossing> batch, String channel, Instant now) {
        List<Long> ids = Sequences.next(template, "border_crossing_seq", batch.size());
        List<Integer> rows = IntStream.range(0, batch.size()).boxed().toList();
        template.batchUpdate("""
                insert into border_crossing (id, person_number, direction, checkpoint_code, occurred_at, document_type,
                document_number, document_country, document_expires_on, surname, given_names, birth_date, sex,
                citizenship, purpose, state, channel, received_at, lane)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, i) -> {
                    NewCrossing n = batch.get(i);
                    CheckedCrossing c = n.crossing();
                    Object[] values = {ids.get(i), n.personNumber(), c.direction().name(), c.checkpoint(), utc(c.occurredAt()),
                            c.documentType(), c.documentNumber(), c.documentCountry(), c.documentExpiresOn(), c.surname(),
                            c.givenNames(), c.birthDate(), c.sex(), c.citizenship(), c.purpose(), n.state(), channel, utc(now), c.lane()};
                    for (int v = 0; v < values.length; v++) {
                        ps.setObject(v + 1, values[v]);
                    }
                });
        return ids;
    }

    List<StoredCrossing> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select * from border_crossing where id in (:ids) order by id")
                .param("ids", ids).query((rs, n) -> map(rs)).list();
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
        return ofPersons(PersonSelection.of(personNumber));
    }

    /** The crossings of the selected persons, by person, each in time order. */
    List<StoredCrossing> ofPersons(PersonSelection persons) {
        return jdbc.sql("select * from border_crossing where " + persons.where("person_number") + " order by person_number, occurred_at, id")
                .params(persons.params()).query((rs, n) -> map(rs)).list();
    }

    List<StoredCrossing> latest(String checkpoint, String region, int limit) {
        return jdbc.sql("""
                select c.* from border_crossing c join border_checkpoint p on p.code = c.checkpoint_code
                where (cast(? as varchar(16)) is null or c.checkpoint_code = ?) and (cast(? as varchar(16)) is null or p.region_code = ?)
                order by c.occurred_at desc, c.id desc limit ?""")
                .params(checkpoint, checkpoint, region, region, limit).query((rs, n) -> map(rs)).list();
    }

    /** The crossings held now at a checkpoint, the longest waiting first. */
    List<StoredCrossing> heldAt(String checkpoint, int limit) {
        return jdbc.sql("select * from border_crossing where state = 'HELD' and checkpoint_code = ? order by occurred_at, id limit ?")
                .params(checkpoint, limit).query((rs, n) -> map(rs)).list();
    }

    /** The minors recorded with a crossing, in the order given. */
    List<CrossingMinor> minorsOf(long crossingId) {
        return jdbc.sql("""
                select person_number, surname, given_names, birth_date, citizenship, relation from border_crossing_minor
                where crossing_id = ? order by id""").param(crossingId)
                .query((rs, n) -> new CrossingMinor(rs.getString("person_number"), rs.getString("surname"), rs.getString("given_names"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("citizenship"), rs.getString("relation"))).list();
    }

    static StoredCrossing map(ResultSet rs) throws SQLException {
        return new StoredCrossing(rs.getLong("id"), rs.getString("person_number"), Direction.valueOf(rs.getString("direction")),
                rs.getString("checkpoint_code"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("document_type"), rs.getString("document_number"), rs.getString("document_country"),
                rs.getObject("document_expires_on", LocalDate.class), rs.getString("surname"), rs.getString("given_names"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("citizenship"),
                rs.getString("purpose"), rs.getString("state"), rs.getString("channel"), rs.getObject("lane", Integer.class));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
