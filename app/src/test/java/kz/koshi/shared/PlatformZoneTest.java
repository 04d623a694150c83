package kz.koshi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The running platform: one zone (koshi.zone, Asia/Almaty by default) for its clock, its calendar and its nightly jobs. */
@DatabaseTest
class PlatformZoneTest {

    @Autowired
    Clock clock;
    @Autowired
    KazakhstanCalendar calendar;
    @Autowired
    ApplicationContext context;
    @Autowired
    jakarta.validation.ValidatorFactory validators;

    @Test
    void thePlatformClockAndCalendarAreInKazakhstansZone() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Almaty"));
        assertThat(calendar.zone()).isEqualTo(clock.getZone());
    }

    /** {@code @PastOrPresent} on a form's date: today in Astana is not in the future at 01:00 there (19:00 UTC the day before). */
    @Test
    void pastAndFutureConstraintsJudgeByThePlatformClock() {
        assertThat(validators.getClockProvider().getClock()).isSameAs(clock);
    }

    @Test
    void theNightlyJobsRunAtNightInAstanaTheStaySweepAt0230AndTheReflectionExpiryAt0010() {
        Map<String, Instant> next = new TreeMap<>();
        SimpleTriggerContext noon = new SimpleTriggerContext(Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneId.of("UTC")));
        context.getBeansOfType(ScheduledTaskHolder.class).values().forEach(holder -> holder.getScheduledTasks().forEach(t -> {
            if (t.getTask() instanceof CronTask cron) {
                next.put(cron.getRunnable().toString().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1"), cron.getTrigger().nextExecution(noon));
            }
        }));
        assertThat(next).containsEntry("DailySweep.nightly", Instant.parse("2026-12-05T21:30:00Z"))
                .containsEntry("ReflectionExpiry.run", Instant.parse("2026-12-05T19:10:00Z"));
    }
}
