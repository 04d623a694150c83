package kz.koshi.border;

import kz.koshi.shared.PersonSelection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.border.CrossingRepository.utc;

/** Entry bans and watch-list entries, and the guardians on record for minors' exits. */
@Repository
class BanRepository {

    private final JdbcClient jdbc;

    BanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String personNumber, String kind, String reason, String basis, LocalDate from, LocalDate until, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into border_ban (person_number, kind, reason, basis, valid_from, valid_until, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(personNumber, kind, reason, basis, from, until, utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    List<BanView> ofPerson(String personNumber) {
        return ofPersons(PersonSelection.of(personNumber));
    }

    /** The bans of the selected persons, by person, each in time order. */
    List<BanView> ofPersons(PersonSelection persons) {
        return jdbc.sql("select * from border_ban where " + persons.where("person_number") + " order by person_number, valid_from, id")
                .params(persons.params())
                .query((rs, n) -> new BanView(rs.getLong("id"), rs.getString("person_number"), rs.getString("kind"),
                        rs.getString("reason"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class))).list();
    }

    void extend(long banId, LocalDate until) {
        jdbc.sql("update border_ban set valid_until = ? where id = ?").params(until, banId).update();
    }

    void recordGuardian(String child, String adult, String relation, Instant now) {
        jdbc.sql("""
                insert into border_guardian (child_person_number, adult_person_number, relation, recorded_at)
                select ?, ?, ?, ? where not exists (select 1 from border_guardian where child_person_number = ?
                and adult_person_number = ?)""").params(child, adult, relation, utc(now), child, adult).update();
    }

    boolean guardianOnRecord(String child, String adult) {
        return jdbc.sql("select count(*) from border_guardian where child_person_number = ? and adult_person_number = ?")
                .params(child, adult).query(Long.class).single() > 0;
    }
}
