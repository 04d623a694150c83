package kz.koshi.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /**
     * The one clock of the platform, so that rules and tests agree on what "now" is; it carries Kazakhstan's zone
     * ({@code koshi.zone}), so that {@code LocalDate.now(clock)} is Kazakhstan's day.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${koshi.zone:Asia/Almaty}") String zone, @Value("${koshi.demo.enabled:false}") boolean demo) {
        Clock system = Clock.system(ZoneId.of(zone));
        return demo ? new DemoClock(system) : system;
    }

    /**
     * In the embedded demo, a listener told after a commit made on one of the demo's past days works on that day too
     * (the demo's history is made on its own threads; see {@link DemoClock}).
     */
    @Bean
    @ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
    TaskDecorator demoDaysCarried() {
        return DemoClock::carried;
    }

    /**
     * {@code @Past}, {@code @PastOrPresent} and {@code @Future} judge by the platform's clock, so that "today" is
     * Kazakhstan's day (not the JVM's zone: a measure taken at 01:00 in Astana is not in the future).
     */
    @Bean
    ValidationConfigurationCustomizer platformClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    @Bean
    KazakhstanCalendar kazakhstanCalendar(Clock clock) {
        return new KazakhstanCalendar(clock);
    }
}
