package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CardRepository {

    private final JdbcClient jdbc;

    CardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves the card row (its id is the card serial); the number and credential follow in the same transaction. */
    long reserve(String personNumber, StoredCrossing c, LocalDate issuedOn, LocalDate validUntil) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into border_card (person_number, crossing_id, surname, given_names, birth_date, sex, citizenship,
                issued_on, valid_until, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID')""")
                .params(personNumber, c.id(), c.surname(), c.givenNames(), c.birthDate(), c.sex(), c.citizenship(),
                        issuedOn, validUntil).update(key, "id");
        return key.getKey().longValue();
    }

    void complete(long id, String number, String keyId, String credential) {
        jdbc.sql("update border_card set number = ?, key_id = ?, credential = ? where id = ?")
                .params(number, keyId, credential, id).update();
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
