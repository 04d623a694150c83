package kz.koshi.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.koshi.recruitment.rules.LicenceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class LicenceRepository {

    private final JdbcClient jdbc;

    LicenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long agencyId, long applicationId, String number, LocalDate from, LocalDate to, List<String> destinations) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recruitment_licence (agency_id, application_id, number, valid_from, valid_to, status)
                values (?, ?, ?, ?, ?, ?)""").params(agencyId, applicationId, number, from, to, LicenceStatus.ACTIVE.name())
                .update(key, "id");
        long id = key.getKey().longValue();
        destinations.forEach(c -> jdbc.sql("insert into recruitment_licence_destination (licence_id, country) values (?, ?)")
                .params(id, c).update());
        return id;
    }

    long nextSerial() {
        return jdbc.sql("select count(*) from recruitment_licence").query(Long.class).single() + 1;
    }

    /** Moves the licence from {@code from} to {@code to} (and its validity); false when it had moved already. */
    boolean change(long id, LicenceStatus from, LicenceStatus to, LocalDate validTo) {
        return jdbc.sql("update recruitment_licence set status = ?, valid_to = ?, version = version + 1 where id = ? and status = ?")
                .params(to.name(), validTo, id, from.name()).update() == 1;
    }

    /** The agency's current licence: its latest. */
    Optional<Licence> ofAgency(long agencyId) {
        return jdbc.sql("select * from recruitment_licence where agency_id = ? order by id desc fetch first 1 rows only").param(agencyId).query((rs, n) -> map(rs)).optional()
                .map(this::withDestinations);
    }

    Optional<Licence> byNumber(String number) {
        return jdbc.sql("select * from recruitment_licence where number = ?").param(number).query((rs, n) -> map(rs)).optional()
                .map(this::withDestinations);
    }

    /** Licences recorded as running whose validity ended before {@code day}. */
    List<Licence> runningPast(LocalDate day) {
        return jdbc.sql("select * from recruitment_licence where status in ('ACTIVE', 'SUSPENDED') and valid_to < ?").param(day)
                .query((rs, n) -> map(rs)).list();
    }

    private Licence withDestinations(Licence l) {
        List<String> countries = jdbc.sql("select country from recruitment_licence_destination where licence_id = ? order by country")
                .param(l.id()).query(String.class).list();
        return new Licence(l.id(), l.agencyId(), l.number(), l.validFrom(), l.validTo(), l.recorded(), countries);
    }

    private static Licence map(ResultSet rs) throws SQLException {
        return new Licence(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("number"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), LicenceStatus.valueOf(rs.getString("status")), List.of());
    }
}
