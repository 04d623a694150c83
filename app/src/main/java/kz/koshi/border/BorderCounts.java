package kz.koshi.border;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the border's own records, days in Kazakhstan's calendar, so that the commission's statistics can be
 * checked against their source (issue 17's recount). Counts only, never a person. A null code means any.
 */
@Service
@Transactional(readOnly = true)
public class BorderCounts {

    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    BorderCounts(JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Completed crossings in a direction from {@code from} to {@code to} (both days included). */
    public long crossings(Direction direction, LocalDate from, LocalDate to, String regionCode, String citizenship, String purpose) {
        return jdbc.sql("""
                select count(*) from border_crossing c join border_checkpoint k on k.code = c.checkpoint_code
                where c.state = 'COMPLETED' and c.direction = :direction and c.occurred_at >= :from and c.occurred_at < :until
                and (cast(:region as varchar(16)) is null or k.region_code = :region)
                and (cast(:citizenship as varchar(3)) is null or c.citizenship = :citizenship)
                and (cast(:purpose as varchar(24)) is null or c.purpose = :purpose)""")
                .param("direction", direction.name()).param("from", start(from)).param("until", start(to.plusDays(1)))
                .param("region", regionCode).param("citizenship", citizenship).param("purpose", purpose).query(Long.class).single();
    }

    /** Foreigners whose last completed crossing by the end of {@code day} is an entry. */
    public long foreignersPresent(LocalDate day, String citizenship) {
        return jdbc.sql("""
                select count(*) from (select c.person_number, c.direction, c.citizenship,
                    row_number() over (partition by c.person_number order by c.occurred_at desc, c.id desc) as latest
                    from border_crossing c where c.state = 'COMPLETED' and c.occurred_at < :until) l
                where l.latest = 1 and l.direction = 'ENTRY' and (l.citizenship is null or l.citizenship <> 'KAZ')
                and (cast(:citizenship as varchar(3)) is null or l.citizenship = :citizenship)""")
                .param("until", start(day.plusDays(1))).param("citizenship", citizenship).query(Long.class).single();
    }

    /** Migrant cards issued on days of the period. */
    public long cardsIssued(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from border_card where issued_on between ? and ?").params(from, to).query(Long.class).single();
    }

    /** Minor-exit alerts decided STOPPED, by the day of their crossing. */
    public long minorsStopped(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from border_alert a join border_crossing c on c.id = a.crossing_id
                where a.kind = 'MINOR_EXIT' and a.state = 'STOPPED' and c.occurred_at >= ? and c.occurred_at < ?""")
                .params(start(from), start(to.plusDays(1))).query(Long.class).single();
    }

    /** Entry bans (not watch-list entries) imposed on days of the period, for a reason or any. */
    public long entryBans(LocalDate from, LocalDate to, String reason) {
        return jdbc.sql("""
                select count(*) from border_ban where kind = 'ENTRY_BAN' and created_at >= :from and created_at < :until
                and (cast(:reason as varchar(40)) is null or reason = :reason)""")
                .param("from", start(from)).param("until", start(to.plusDays(1))).param("reason", reason).query(Long.class).single();
    }

    private OffsetDateTime start(LocalDate day) {
        return calendar.startOf(day).atOffset(ZoneOffset.UTC);
    }
}
