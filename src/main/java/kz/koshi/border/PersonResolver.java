package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.koshi.identity.IncomingRecord;
import kz.koshi.shared.translit.Scripts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import static kz.koshi.border.CrossingRepository.utc;

/**
 * The one place where a crossing's traveller becomes a person number. The record is built as the identity
 * module's {@link IncomingRecord}; when {@code IdentityResolution} lands on main, {@link #resolve} calls it
 * and the interim keys below go. Interim rule: the same document, or the same name match keys (any script
 * or transliteration, {@link Scripts#matchKey}) with the same birth date, is the same person.
 */
@Component
class PersonResolver {

    static final String SOURCE = "border";

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonResolver(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String resolve(IncomingRecord record) {
        List<String> keys = keys(record);
        Optional<String> known = keys.stream().map(this::lookup).flatMap(Optional::stream).findFirst();
        String person = known.orElseGet(this::newPerson);
        keys.forEach(k -> jdbc.sql("""
                insert into border_person_key (match_key, person_number) select ?, ?
                where not exists (select 1 from border_person_key where match_key = ?)""").params(k, person, k).update());
        return person;
    }

    static IncomingRecord record(String recordId, String surname, String givenNames, LocalDate birthDate, String sex,
                                 String citizenship, String documentNumber) {
        return new IncomingRecord(SOURCE, recordId, surname, givenNames, null, birthDate.toString(),
                sex, citizenship, documentNumber, null, null, null);
    }

    private static List<String> keys(IncomingRecord r) {
        String name = "name:" + Scripts.matchKey(r.surname()) + "|" + Scripts.matchKey(r.givenName() == null ? "" : r.givenName())
                + "|" + r.birthDate();
        return r.documentNumber() == null || r.documentNumber().isBlank() ? List.of(name)
                : List.of("doc:" + r.citizenship() + ":" + r.documentNumber(), name);
    }

    private Optional<String> lookup(String key) {
        return jdbc.sql("select person_number from border_person_key where match_key = ?").param(key)
                .query(String.class).optional();
    }

    private String newPerson() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into border_person_seq (created_at) values (?)").param(utc(clock.instant())).update(key, "id");
        return String.format("P%09d", key.getKey().longValue());
    }
}
