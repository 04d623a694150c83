package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import kz.koshi.shared.PersonSelection;
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
                .query((rs, n) -> ban(rs)).list();
    }

    Optional<BanView> find(long banId) {
        return jdbc.sql("select * from border_ban where id = ?").param(banId).query((rs, n) -> ban(rs)).optional();
    }

    /** Moves the end of a ban that has not been lifted (a lifted ban stays lifted). */
    /** False when the ban ends on that day already (the same exit told twice) or was lifted. */
    boolean extend(long banId, LocalDate until) {
        return jdbc.sql("update border_ban set valid_until = ? where id = ? and lifted_on is null and valid_until is distinct from ?")
                .params(until, banId, until).update() == 1;
    }

    /** Lifts a ban from a day on; false when it was lifted already (by a concurrent officer, say). */
    boolean lift(long banId, LocalDate liftedOn, String by, String basis) {
        return jdbc.sql("""
                update border_ban set lifted_on = ?, lifted_by = ?, lift_basis = ?, until_before_lifting = valid_until,
                valid_until = ? where id = ? and lifted_on is null""").params(liftedOn, by, basis, liftedOn.minusDays(1), banId).update() == 1;
    }

    /** Records a parent or guardian once per child and adult; false when that pair is on record already. */
    boolean recordGuardian(String child, String adult, String relation, String basis, String by, Instant now) {
        return jdbc.sql("""
                insert into border_guardian (child_person_number, adult_person_number, relation, basis, recorded_by, recorded_at)
                select ?, ?, ?, ?, ?, ? where not exists (select 1 from border_guardian where child_person_number = ?
                and adult_person_number = ?)""").params(child, adult, relation, basis, by, utc(now), child, adult).update() == 1;
    }

    List<GuardianView> guardiansOf(String child) {
        return jdbc.sql("select * from border_guardian where child_person_number = ? order by recorded_at, adult_person_number")
                .param(child).query((rs, n) -> new GuardianView(rs.getString("child_person_number"),
                        rs.getString("adult_person_number"), rs.getString("relation"), rs.getString("basis"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).list();
    }

    private static BanView ban(ResultSet rs) throws SQLException {
        return new BanView(rs.getLong("id"), rs.getString("person_number"), rs.getString("kind"), rs.getString("reason"),
                rs.getString("basis"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getObject("lifted_on", LocalDate.class), rs.getString("lifted_by"), rs.getString("lift_basis"),
                rs.getObject("until_before_lifting", LocalDate.class));
    }

    boolean guardianOnRecord(String child, String adult) {
        return jdbc.sql("select count(*) from border_guardian where child_person_number = ? and adult_person_number = ?")
                .params(child, adult).query(Long.class).single() > 0;
    }
}
