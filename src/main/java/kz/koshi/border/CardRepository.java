package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.koshi.shared.jdbc.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CardRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CardRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A card to issue on an entry, valid from the day of entry. */
    record Reservation(StoredCrossing entry, LocalDate issuedOn, LocalDate validUntil) {
    }

    /** Reserves the card rows (each id is a card serial), in order; numbers and credentials follow in the same transaction. */
    List<Long> reserveAll(List<Reservation> batch) {
        return BatchInsert.returningIds(template, """
                insert into border_card (person_number, crossing_id, surname, given_names, birth_date, sex, citizenship,
                issued_on, valid_until, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID')""", batch, r -> {
            StoredCrossing c = r.entry();
            return new Object[] {c.personNumber(), c.id(), c.surname(), c.givenNames(), c.birthDate(), c.sex(), c.citizenship(),
                    r.issuedOn(), r.validUntil()};
        });
    }

    /** A reserved card's number and signed credential. */
    record Completion(long id, String number, String keyId, String credential) {
    }

    void completeAll(List<Completion> batch) {
        template.batchUpdate("update border_card set number = ?, key_id = ?, credential = ? where id = ?", batch, 1000, (ps, c) -> {
            ps.setString(1, c.number());
            ps.setString(2, c.keyId());
            ps.setString(3, c.credential());
            ps.setLong(4, c.id());
        });
    }

    /** The cards of these persons, by person. */
    Map<String, Card> ofPersons(Collection<String> personNumbers) {
        if (personNumbers.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from border_card where person_number in (:persons)").param("persons", personNumbers)
                .query((rs, n) -> map(rs)).list().stream().collect(Collectors.toMap(Card::personNumber, c -> c, (a, b) -> a));
    }

    Optional<Card> byNumber(String number) {
        return jdbc.sql("select * from border_card where number = ?").param(number).query((rs, n) -> map(rs)).optional();
    }

    Optional<Card> ofPerson(String personNumber) {
        return jdbc.sql("select * from border_card where person_number = ?").param(personNumber).query((rs, n) -> map(rs)).optional();
    }

    void revoke(String number) {
        jdbc.sql("update border_card set state = 'REVOKED' where number = ?").param(number).update();
    }

    private static Card map(ResultSet rs) throws SQLException {
        return new Card(rs.getLong("id"), rs.getString("number"), rs.getString("person_number"), rs.getLong("crossing_id"),
                rs.getString("surname"), rs.getString("given_names"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("sex"), rs.getString("citizenship"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getString("state"), rs.getString("key_id"),
                rs.getString("credential"));
    }
}
