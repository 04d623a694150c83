package kz.koshi.protection.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads protection's cases, approved extensions and outcomes as they are counted (no name, no text). */
@Repository
class CountedCases {

    record Dated(long caseId, LocalDate day, String kind) {
    }

    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    CountedCases(JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    List<CountedCase> all() {
        return jdbc.sql("""
                select c.id, c.opened_at, c.region_code, c.citizenship, c.sex, c.birth_date, c.centre_code, c.admitted_on,
                c.period_ends_on, c.closed_on, c.closure_reason, s.exploitation_type, s.pathway
                from protection_case c join protection_screening s on s.id = c.screening_id""").query(this::counted).list();
    }

    /** Approved extensions on the day they were approved, with their reason. */
    List<Dated> extensions() {
        return jdbc.sql("select case_id, decided_at, reason from protection_extension where status = 'APPROVED'")
                .query((rs, n) -> new Dated(rs.getLong("case_id"),
                        calendar.dayOf(rs.getObject("decided_at", OffsetDateTime.class).toInstant()), rs.getString("reason"))).list();
    }

    List<Dated> outcomes() {
        return jdbc.sql("select case_id, recorded_on, kind from protection_outcome")
                .query((rs, n) -> new Dated(rs.getLong("case_id"), rs.getObject("recorded_on", LocalDate.class),
                        rs.getString("kind"))).list();
    }

    private CountedCase counted(ResultSet rs, int n) throws SQLException {
        LocalDate identified = calendar.dayOf(rs.getObject("opened_at", OffsetDateTime.class).toInstant());
        AgeGroup age = AgeGroup.of(rs.getObject("birth_date", LocalDate.class), identified);
        return new CountedCase(rs.getLong("id"), identified, rs.getString("region_code"), rs.getString("citizenship"),
                sex(rs.getString("sex")), age == null ? "UNKNOWN" : age.name(), rs.getString("exploitation_type"),
                rs.getString("pathway"), rs.getString("centre_code"), rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("period_ends_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getString("closure_reason"));
    }

    private static String sex(String code) {
        for (Sex sex : Sex.values()) {
            if (sex.code().equals(code)) {
                return sex.name();
            }
        }
        return "UNKNOWN";
    }
}
