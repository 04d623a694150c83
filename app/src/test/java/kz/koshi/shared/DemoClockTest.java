package kz.koshi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded demo's clock: a past day on the demo's own thread only, carried to the tasks it hands over. */
class DemoClockTest {

    static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
    static final Clock REAL = Clock.fixed(Instant.parse("2026-12-06T07:00:00Z"), ASTANA);
    static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    final DemoClock clock = new DemoClock(REAL);

    @Test
    void onAPastDayTheThreadReadsThatDaysEveningInKazakhstanAndOtherThreadsTheRealTime() throws Exception {
        AtomicReference<Instant> elsewhere = new AtomicReference<>();
        LocalDate seen = DemoClock.on(clock, DAY, () -> {
            Thread other = Thread.ofPlatform().start(() -> elsewhere.set(clock.instant()));
            join(other);
            return LocalDate.now(clock);
        });
        assertThat(seen).isEqualTo(DAY);
        assertThat(elsewhere.get()).isEqualTo(REAL.instant());
        assertThat(clock.instant()).as("after the work, the real time again").isEqualTo(REAL.instant());
        assertThat(DemoClock.on(clock, DAY, clock::instant)).isEqualTo(Instant.parse("2025-03-14T15:00:00Z"));
    }

    @Test
    void aTaskHandedOverOnAPastDayRunsOnThatDayAndOnlyIt() throws Exception {
        Runnable[] task = new Runnable[1];
        AtomicReference<LocalDate> ran = new AtomicReference<>();
        DemoClock.on(clock, DAY, () -> task[0] = DemoClock.carried(() -> ran.set(LocalDate.now(clock))));
        CompletableFuture.runAsync(task[0]).get();
        assertThat(ran.get()).isEqualTo(DAY);
        CompletableFuture.runAsync(DemoClock.carried(() -> ran.set(LocalDate.now(clock)))).get();
        assertThat(ran.get()).isEqualTo(LocalDate.now(REAL));
    }

    @Test
    void todayOrLaterAndAnyOtherClockAreRefused() {
        assertThatThrownBy(() -> DemoClock.on(clock, LocalDate.now(REAL), () -> 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoClock.on(clock, LocalDate.now(REAL).plusDays(1), () -> 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoClock.on(REAL, DAY, () -> 1)).isInstanceOf(IllegalStateException.class);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
