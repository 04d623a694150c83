package kz.koshi.access;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Login lockout: after {@code maxFailedLogins} wrong passwords in a row the account is locked for a while. */
@Validated
@ConfigurationProperties("koshi.security")
record SecurityProperties(@Min(1) int maxFailedLogins, @NotNull Duration lockoutDuration) {
}
