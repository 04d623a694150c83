package kz.koshi.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The platform clock of the embedded demo: the system clock, except on a thread that is making the demo's history,
 * where it reads a past day of Kazakhstan (from 20:00, ticking: the day's work is entered in its evening). So the demo's past activity goes through the modules'
 * own services and rules (a screening is identified, a violation found, a ban imposed "today") on the day it is said to
 * have happened, while every other thread (sign-in, pages, schedules) keeps the real time. Only the demo's clock: the
 * platform's ordinary clock has no past days, and {@link #on} refuses to run under it.
 */
public final class DemoClock extends Clock {

    private static final ThreadLocal<Past> PAST = new ThreadLocal<>();

    private final Clock system;

    public DemoClock(Clock system) {
        this.system = system;
    }

    /** Where the thread's clock stands: the instant it was set to, and the real instant it was set at. */
    private record Past(Instant at, Instant setAt) {
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        Past past = PAST.get();
        Instant real = system.instant();
        return past == null ? real : past.at().plus(Duration.between(past.setAt(), real));
    }

    /** Does the work on this thread as on that past day of Kazakhstan; the clock of other threads does not move. */
    public static <T> T on(Clock clock, LocalDate day, Supplier<T> work) {
        if (!(clock instanceof DemoClock demo)) {
            throw new IllegalStateException("past days are for the embedded demo's clock only");
        }
        Instant real = demo.system.instant();
        Instant at = day.atTime(20, 0).atZone(demo.getZone()).toInstant();
        if (!day.isBefore(LocalDate.ofInstant(real, demo.getZone()))) {
            throw new IllegalArgumentException("not a past day: " + day);
        }
        Past before = PAST.get();
        PAST.set(new Past(at, real));
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    /** The task runs with the clock of the thread that hands it over (a listener told after a commit made on a past day). */
    public static Runnable carried(Runnable task) {
        Past past = PAST.get();
        if (past == null) {
            return task;
        }
        return () -> {
            Past before = PAST.get();
            PAST.set(past);
            try {
                task.run();
            } finally {
                restore(before);
            }
        };
    }

    private static void restore(Past before) {
        if (before == null) {
            PAST.remove();
        } else {
            PAST.set(before);
        }
    }
}
