package kz.koshi.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit viewer's "from" and "to" are whole days in Astana: 6 December runs from 19:00 UTC on the 5th to 19:00 UTC on the 6th. */
class AuditFilterDayTest {

    private final KazakhstanCalendar astana = new KazakhstanCalendar(
            Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), KazakhstanCalendar.DEFAULT_ZONE));

    @Test
    void aDayFilterStartsAndEndsAtMidnightInAstana() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        AuditFilter.Sql sql = new AuditFilter(null, null, null, null, null, null, day, day).toSql(astana);
        assertThat(sql.clause()).isEqualTo(" where occurred_at >= ? and occurred_at < ?");
        Instant from = ((OffsetDateTime) sql.params().get(0)).toInstant();
        Instant to = ((OffsetDateTime) sql.params().get(1)).toInstant();
        assertThat(from).isEqualTo(Instant.parse("2026-12-05T19:00:00Z"));
        assertThat(to).isEqualTo(Instant.parse("2026-12-06T19:00:00Z"));
        Instant halfPastMidnightInAstana = Instant.parse("2026-12-05T19:30:00Z");
        Instant oneMinuteToMidnightInAstana = Instant.parse("2026-12-06T18:59:00Z");
        assertThat(!halfPastMidnightInAstana.isBefore(from) && halfPastMidnightInAstana.isBefore(to)).isTrue();
        assertThat(!oneMinuteToMidnightInAstana.isBefore(from) && oneMinuteToMidnightInAstana.isBefore(to)).isTrue();
        assertThat(Instant.parse("2026-12-06T19:00:00Z").isBefore(to)).as("00:00 on the 7th is the next day").isFalse();
    }
}
