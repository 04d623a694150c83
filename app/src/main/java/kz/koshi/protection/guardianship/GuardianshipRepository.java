package kz.koshi.protection.guardianship;

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

/** Children's referrals to guardianship authorities and the measures taken, with what the authority sees of the case. */
@Repository
class GuardianshipRepository {

    private static final String SELECT = """
            select g.*, c.case_number, c.owner_agency_code, c.person_number, c.sex, c.birth_date, c.citizenship, c.region_code
            from protection_guardianship_referral g join protection_case c on c.id = g.case_id""";

    private final JdbcClient jdbc;

    GuardianshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, String authority, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into protection_guardianship_referral (case_id, authority_code, status, referred_at) values (?, ?, 'SENT', ?)")
                .params(caseId, authority, utc(at)).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<GuardianshipReferral> find(long id) {
        return jdbc.sql(SELECT + " where g.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** The authority's referrals: those waiting first, then those in hand, then the closed; the newest first within each. */
    List<GuardianshipReferral> queue(String authority) {
        return jdbc.sql(SELECT + " " + """
                 where g.authority_code = ? order by case g.status when 'SENT' then 0 when 'ACCEPTED' then 1
                 when 'ACTING' then 2 else 3 end, g.referred_at desc, g.id desc""").param(authority)
                .query((rs, n) -> map(rs)).list();
    }

    /** Moves the referral on only from the status expected, so that two officers cannot both do it. */
    boolean accept(long id, String by, Instant at) {
        return jdbc.sql("update protection_guardianship_referral set status = 'ACCEPTED', accepted_at = ?, accepted_by = ? "
                + "where id = ? and status = 'SENT'").params(utc(at), by, id).update() == 1;
    }

    boolean close(long id, String by, Instant at) {
        return jdbc.sql("update protection_guardianship_referral set status = 'CLOSED', closed_at = ?, closed_by = ? "
                + "where id = ? and status = 'ACTING'").params(utc(at), by, id).update() == 1;
    }

    boolean addMeasure(long id, NewMeasure m, String by, Instant at) {
        if (jdbc.sql("update protection_guardianship_referral set status = 'ACTING' where id = ? and status in ('ACCEPTED', 'ACTING')")
                .param(id).update() != 1) {
            return false;
        }
        jdbc.sql("insert into protection_guardianship_measure (referral_id, measure, taken_on, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, ?)").params(id, m.measure().name(), m.takenOn(), by, utc(at)).update();
        return true;
    }

    List<GuardianshipReferral.Measure> measures(long id) {
        return jdbc.sql("select * from protection_guardianship_measure where referral_id = ? order by taken_on, id").param(id)
                .query((rs, n) -> new GuardianshipReferral.Measure(GuardianshipMeasure.valueOf(rs.getString("measure")),
                        rs.getObject("taken_on", LocalDate.class), rs.getString("recorded_by"))).list();
    }

    private static GuardianshipReferral map(ResultSet rs) throws SQLException {
        return new GuardianshipReferral(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("authority_code"), rs.getString("owner_agency_code"), rs.getString("person_number"), null,
                rs.getString("sex"), rs.getObject("birth_date", LocalDate.class), rs.getString("citizenship"),
                rs.getString("region_code"), GuardianshipStatus.valueOf(rs.getString("status")), instant(rs, "referred_at"),
                instant(rs, "accepted_at"), rs.getString("accepted_by"), instant(rs, "closed_at"), rs.getString("closed_by"),
                List.of());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
