package kz.koshi.protection.employers;

import java.time.LocalDate;
import java.time.ZoneOffset;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the cases, opened since a day, in which an organisation party is the employer: matched by its registration
 * number (the case's business id) or by its name key ({@code Scripts.matchKey} of the name, as a case folds an
 * organisation's name). Only the number leaves protection, so no case, victim or party can be inferred beyond it.
 */
@Service
public class EmployerCases {

    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    EmployerCases(JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public long casesNaming(String registration, String nameKey, LocalDate since) {
        String reg = registration == null || registration.isBlank() ? null : registration.strip();
        String key = nameKey == null || nameKey.isBlank() ? null : "O:" + nameKey;
        if (reg == null && key == null) {
            return 0;
        }
        return jdbc.sql("""
                select count(distinct p.case_id) from protection_case_party p join protection_case c on c.id = p.case_id
                where p.kind = 'ORGANISATION' and c.opened_at >= ?
                  and (p.business_id = ? or p.match_key = ? or p.match_key = ?)""")
                .params(calendar.startOf(since).atOffset(ZoneOffset.UTC), reg, reg == null ? null : "B:" + reg, key)
                .query(Long.class).single();
    }
}
