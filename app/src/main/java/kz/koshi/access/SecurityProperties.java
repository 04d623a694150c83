package kz.koshi.access;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling and the counting of anonymous refusals.
 *
 * @param maxFailedLogins    failed sign-ins one source address may make in a {@code loginWindow}; after that
 *                           the address is refused until the window ends (no account is ever locked)
 * @param loginWindow        the fixed window in which failed sign-ins are counted
 * @param refusalWindow      the fixed window in which refusals of anonymous callers are counted per address;
 *                           each window's count becomes one audit entry once the window has closed
 * @param maxRefusalSources  distinct addresses counted separately per window; the rest are counted together
 */
@Validated
@ConfigurationProperties("koshi.security")
record SecurityProperties(@Min(1) int maxFailedLogins, @NotNull Duration loginWindow, @NotNull Duration refusalWindow,
                          @Min(1) int maxRefusalSources) {

    Instant loginWindowStart(Instant now) {
        return windowStart(now, loginWindow);
    }

    Instant refusalWindowStart(Instant now) {
        return windowStart(now, refusalWindow);
    }

    private static Instant windowStart(Instant now, Duration window) {
        long size = Math.max(1, window.toMillis());
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }
}
