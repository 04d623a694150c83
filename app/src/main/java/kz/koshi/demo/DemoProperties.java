package kz.koshi.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The embedded demo: whether it is on, and the size and seed of the generated population. */
@Validated
@ConfigurationProperties("koshi.demo")
record DemoProperties(boolean enabled, @Min(1) @Max(100_000) int persons, long seed) {
}
