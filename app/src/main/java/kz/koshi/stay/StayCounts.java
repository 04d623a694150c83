package kz.koshi.stay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over stay's own records, so that the commission's statistics can be checked against their source (issue 17's
 * recount). Counts only, never a person; a null code means any.
 */
@Service
@Transactional(readOnly = true)
public class StayCounts {

    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    StayCounts(JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Registrations running from a day of the period, by a party or any. */
    public long registrations(LocalDate from, LocalDate to, String party) {
        return jdbc.sql("select count(*) from stay_registration where valid_from between :from and :to "
                        + "and (cast(:party as varchar(16)) is null or party = :party)")
                .param("from", from).param("to", to).param("party", party).query(Long.class).single();
    }

    /** Permits running from a day of the period, of a kind or any. */
    public long permits(LocalDate from, LocalDate to, String kind) {
        return jdbc.sql("select count(*) from stay_permit where valid_from between :from and :to "
                        + "and (cast(:kind as varchar(32)) is null or kind = :kind)")
                .param("from", from).param("to", to).param("kind", kind).query(Long.class).single();
    }

    /** Court expulsion orders decided on a day of the period. */
    public long expulsions(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from stay_expulsion where decided_on between ? and ?").params(from, to).query(Long.class).single();
    }

    /** Violations first recorded on a day of the period (whatever became of them), of a kind or any. */
    public long violationsFound(LocalDate from, LocalDate to, String kind) {
        return jdbc.sql("select count(*) from stay_violation where detected_at >= :from and detected_at < :until "
                        + "and (cast(:kind as varchar(32)) is null or kind = :kind)")
                .param("from", start(from)).param("until", start(to.plusDays(1))).param("kind", kind).query(Long.class).single();
    }

    private OffsetDateTime start(LocalDate day) {
        return calendar.startOf(day).atOffset(ZoneOffset.UTC);
    }
}
