package kz.koshi.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /**
     * The one clock of the platform, so that rules and tests agree on what "now" is; it carries Kazakhstan's zone
     * ({@code koshi.zone}), so that {@code LocalDate.now(clock)} is Kazakhstan's day.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${koshi.zone:Asia/Almaty}") String zone) {
        return Clock.system(ZoneId.of(zone));
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
