package kz.koshi.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    CaseRepository(JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    Optional<CaseRow> find(long id) {
        return jdbc.sql("select * from protection_case where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    Optional<CaseRow> findByNumber(String caseNumber) {
        return jdbc.sql("select * from protection_case where case_number = ?").param(caseNumber)
                .query((rs, n) -> map(rs)).optional();
    }

    /** Cases an officer is assigned to, or, with {@code wholeAgency}, all cases the agency holds. */
    List<CaseRow> caseload(String agency, Long officerId, boolean wholeAgency) {
        return jdbc.sql("""
                select * from protection_case c where c.owner_agency_code = :agency
                and (:whole or exists (select 1 from protection_case_worker w where w.case_id = c.id and w.officer_id = :officer))
                order by case when c.status = 'CLOSED' then 1 else 0 end, c.period_ends_on, c.opened_at desc""")
                .param("agency", agency).param("whole", wholeAgency).param("officer", officerId == null ? -1L : officerId)
                .query((rs, n) -> map(rs)).list();
    }

    List<CaseRow> withExpiredReflection(LocalDate today) {
        return jdbc.sql("select * from protection_case where reflection_ended_on is null and reflection_ends_on < ?")
                .param(today).query((rs, n) -> map(rs)).list();
    }

    List<CaseRow> all() {
        return jdbc.sql("select * from protection_case").query((rs, n) -> map(rs)).list();
    }

    long insert(CaseRow c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into protection_case (case_number, screening_id, person_number, identity_record_id, pseudonym, sex,
                birth_date, minor, citizenship, region_code, grounds, status, owner_agency_code, opened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.caseNumber(), c.screeningId(), c.personNumber(), c.identityRecordId(), c.pseudonym(), c.sex(), c.birthDate(), c.minor(),
                        c.citizenship(), c.regionCode(), c.grounds(), c.status().name(), c.ownerAgency(), utc(c.openedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("update protection_case set case_number = ? where id = ?")
                .params("TIP-" + calendar.dayOf(c.openedAt()).getYear() + "-" + String.format("%06d", id), id).update();
        return id;
    }

    void setStatus(long id, CaseStatus status) {
        jdbc.sql("update protection_case set status = ? where id = ?").params(status.name(), id).update();
    }

    void setOwner(long id, String agency) {
        jdbc.sql("update protection_case set owner_agency_code = ? where id = ?").params(agency, id).update();
    }

    void admit(long id, String centre, LocalDate admittedOn, LocalDate endsOn, ResidenceCategory residence) {
        jdbc.sql("""
                update protection_case set status = 'IN_SERVICE', centre_code = ?, admitted_on = ?, period_ends_on = ?,
                residence_category = ? where id = ?""").params(centre, admittedOn, endsOn, residence.name(), id).update();
    }

    void extendPeriod(long id, LocalDate endsOn) {
        jdbc.sql("update protection_case set period_ends_on = ?, period_extended = true where id = ?").params(endsOn, id).update();
    }

    void startReflection(long id, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("update protection_case set reflection_starts_on = ?, reflection_ends_on = ? where id = ?")
                .params(startsOn, endsOn, id).update();
    }

    void endReflection(long id, LocalDate endedOn) {
        jdbc.sql("update protection_case set reflection_ended_on = ? where id = ?").params(endedOn, id).update();
    }

    void referredToChildProtection(long id, Instant at) {
        jdbc.sql("update protection_case set child_protection_at = ? where id = ?").params(utc(at), id).update();
    }

    void close(long id, LocalDate closedOn, ClosureReason reason) {
        jdbc.sql("update protection_case set status = 'CLOSED', closed_on = ?, closure_reason = ? where id = ?")
                .params(closedOn, reason.name(), id).update();
    }

    long occupancy(String centre) {
        return jdbc.sql("select count(*) from protection_case where centre_code = ? and status = 'IN_SERVICE'")
                .param(centre).query(Long.class).single();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static CaseRow map(ResultSet rs) throws SQLException {
        String closure = rs.getString("closure_reason");
        String residence = rs.getString("residence_category");
        return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getLong("screening_id"),
                rs.getString("person_number"), rs.getString("identity_record_id"), rs.getString("pseudonym"), rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class), rs.getBoolean("minor"), rs.getString("citizenship"),
                rs.getString("region_code"), rs.getString("grounds"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("owner_agency_code"), instant(rs, "opened_at"), rs.getString("centre_code"),
                rs.getObject("admitted_on", LocalDate.class), rs.getObject("period_ends_on", LocalDate.class),
                rs.getBoolean("period_extended"), rs.getObject("reflection_starts_on", LocalDate.class),
                rs.getObject("reflection_ends_on", LocalDate.class), rs.getObject("reflection_ended_on", LocalDate.class),
                instant(rs, "child_protection_at"), rs.getObject("closed_on", LocalDate.class),
                closure == null ? null : ClosureReason.valueOf(closure),
                residence == null ? null : ResidenceCategory.valueOf(residence));
    }
}
