package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.koshi.shared.jdbc.Sequences;
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

    /** Serials for cards about to be issued (the root of each card number), drawn from the card sequence. */
    List<Long> newSerials(int count) {
        return Sequences.next(template, "border_card_seq", count);
    }

    /** Inserts issued cards, each under its serial, complete with number and signed credential, in one batch. */
    void insertAll(List<Card> issued) {
        template.batchUpdate("""
                insert into border_card (id, number, person_number, crossing_id, surname, given_names, birth_date, sex,
                citizenship, issued_on, valid_until, state, key_id, credential) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                issued, 1000, (ps, c) -> {
                    ps.setLong(1, c.id());
                    ps.setString(2, c.number());
                    ps.setString(3, c.personNumber());
                    ps.setLong(4, c.crossingId());
                    ps.setString(5, c.surname());
                    ps.setString(6, c.givenNames());
                    ps.setObject(7, c.birthDate());
                    ps.setString(8, c.sex());
                    ps.setString(9, c.citizenship());
                    ps.setObject(10, c.issuedOn());
                    ps.setObject(11, c.validUntil());
                    ps.setString(12, c.state());
                    ps.setString(13, c.keyId());
                    ps.setString(14, c.credential());
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
