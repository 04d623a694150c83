package kz.koshi.stay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import kz.koshi.shared.PersonSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Registrations, permits and expulsion orders of persons. */
@Repository
class StayRecords {

    private final JdbcClient jdbc;

    StayRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRegistration(String person, String party, String basis, LocalDate from, LocalDate until, String address,
                            String by, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into stay_registration (person_number, party, basis, valid_from, valid_until, address, registered_by,
                created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""").params(person, party, basis, from, until, address, by, utc(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Registration> registrations(String person) {
        return registrationsOf(PersonSelection.of(person));
    }

    /** Registrations of the selected persons, by person, each in time order. */
    List<Registration> registrationsOf(PersonSelection persons) {
        return jdbc.sql("select * from stay_registration where " + persons.where("person_number") + " order by person_number, valid_from, id")
                .params(persons.params()).query((rs, n) -> new Registration(rs.getLong("id"), rs.getString("person_number"), rs.getString("party"),
                        rs.getString("basis"), date(rs, "valid_from"), date(rs, "valid_until"), rs.getString("address"))).list();
    }

    long insertPermit(Permit p, String by, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into stay_permit (person_number, kind, employer, valid_from, valid_until, months, tax_paid, issued_by,
                created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(p.personNumber(), p.kind(), p.employer(), p.validFrom(),
                p.validUntil(), p.months(), p.taxPaid(), by, utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    List<Permit> permits(String person) {
        return permitsOf(PersonSelection.of(person));
    }

    List<Permit> permitsOf(PersonSelection persons) {
        return jdbc.sql("select * from stay_permit where " + persons.where("person_number") + " order by person_number, valid_from, id")
                .params(persons.params()).query((rs, n) -> permit(rs)).list();
    }

    long activeDomesticPermitsOf(String employer, LocalDate on) {
        return jdbc.sql("""
                select count(*) from stay_permit where employer = ? and kind = 'DOMESTIC_WORKER' and valid_from <= ?
                and valid_until >= ?""").params(employer, on, on).query(Long.class).single();
    }

    long quotaPermitsIn(int year) {
        return jdbc.sql("select count(*) from stay_permit where kind = 'EMPLOYER_QUOTA' and valid_from >= ? and valid_from < ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Long.class).single();
    }

    long insertExpulsion(String person, String courtAct, LocalDate decided, LocalDate leaveBy, long banId, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into stay_expulsion (person_number, court_act, decided_on, leave_by, ban_id, created_at)
                values (?, ?, ?, ?, ?, ?)""").params(person, courtAct, decided, leaveBy, banId, utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    List<Expulsion> expulsions(String person) {
        return expulsionsOf(PersonSelection.of(person));
    }

    List<Expulsion> expulsionsOf(PersonSelection persons) {
        return jdbc.sql("select * from stay_expulsion where " + persons.where("person_number") + " order by person_number, decided_on, id")
                .params(persons.params()).query((rs, n) -> new Expulsion(rs.getLong("id"), rs.getString("person_number"), rs.getString("court_act"),
                        date(rs, "decided_on"), date(rs, "leave_by"), rs.getLong("ban_id"))).list();
    }

    private static Permit permit(ResultSet rs) throws SQLException {
        return new Permit(rs.getLong("id"), rs.getString("person_number"), rs.getString("kind"), rs.getString("employer"),
                date(rs, "valid_from"), date(rs, "valid_until"), rs.getInt("months"), rs.getLong("tax_paid"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
