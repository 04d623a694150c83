package kz.koshi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Kazakhstan's calendar with fixed clocks: days cross midnight in Astana, not in Greenwich; the rules are dated. */
class KazakhstanCalendarTest {

    private static KazakhstanCalendar at(String instant) {
        return new KazakhstanCalendar(Clock.fixed(Instant.parse(instant), new TimeConfig().clock("Asia/Almaty", false).getZone()));
    }

    @Test
    void theJdksZoneDataHasKazakhstanOnUtcPlusFiveSinceTheFirstOfMarch2024AndUtcPlusSixBefore() {
        ZoneId almaty = KazakhstanCalendar.DEFAULT_ZONE;
        assertThat(almaty.getRules().getOffset(Instant.parse("2024-02-29T12:00:00Z"))).isEqualTo(ZoneOffset.ofHours(6));
        assertThat(almaty.getRules().getOffset(Instant.parse("2024-03-01T12:00:00Z"))).isEqualTo(ZoneOffset.ofHours(5));
        KazakhstanCalendar calendar = at("2026-12-06T00:00:00Z");
        assertThat(calendar.dayOf(Instant.parse("2024-02-28T18:30:00Z"))).as("00:30 on 29 February at UTC+6")
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.dayOf(Instant.parse("2024-02-29T18:30:00Z"))).as("23:30 on 29 February at UTC+5 (the clocks went back)")
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.dayOf(Instant.parse("2024-03-01T18:30:00Z"))).as("23:30 on 1 March at UTC+5")
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(calendar.startOf(LocalDate.of(2024, 2, 1))).isEqualTo(Instant.parse("2024-01-31T18:00:00Z"));
        assertThat(calendar.startOf(LocalDate.of(2026, 2, 1))).isEqualTo(Instant.parse("2026-01-31T19:00:00Z"));
    }

    @Test
    void aCrossingAt1930UtcIsOnTheNextDayInAstanaAndOneAt1859UtcOnTheSameDay() {
        KazakhstanCalendar calendar = at("2026-12-06T00:00:00Z");
        assertThat(calendar.dayOf(Instant.parse("2026-11-20T19:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(calendar.dayOf(Instant.parse("2026-11-20T18:59:00Z"))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(calendar.localTime(Instant.parse("2026-11-20T19:30:00Z"))).isEqualTo(LocalDateTime.of(2026, 11, 21, 0, 30));
        assertThat(calendar.instantOf(LocalDateTime.of(2026, 11, 21, 0, 30))).isEqualTo(Instant.parse("2026-11-20T19:30:00Z"));
    }

    @Test
    void theNightlySweepAt0230InAstanaAssessesAstanasDayNotUtcsYesterday() {
        assertThat(at("2026-12-05T21:30:00Z").today()).as("02:30 on 6 December in Astana").isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(at("2026-12-06T18:59:59Z").today()).as("23:59 on 6 December in Astana").isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(at("2026-12-06T19:00:00Z").today()).as("midnight in Astana").isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
