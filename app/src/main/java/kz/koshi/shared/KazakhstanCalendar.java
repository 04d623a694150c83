package kz.koshi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Kazakhstan's calendar: the platform's one zone ({@code koshi.zone}, Asia/Almaty by default, UTC+5 since
 * 2024-03-01 and UTC+6 before). Deadlines, overstay days, ages, ban ends and statistics years are counted in
 * it; instants are stored as instants. {@code LocalDate.now(clock)} of the platform clock is the same day.
 */
public final class KazakhstanCalendar {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Almaty");

    private final Clock clock;

    public KazakhstanCalendar(Clock clock) {
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day in Kazakhstan on which this instant falls. */
    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    /** The instant at which this day begins in Kazakhstan. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The wall-clock time in Kazakhstan at this instant. */
    public LocalDateTime localTime(Instant at) {
        return LocalDateTime.ofInstant(at, zone());
    }

    /** The instant of a wall-clock time in Kazakhstan. */
    public Instant instantOf(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }
}
