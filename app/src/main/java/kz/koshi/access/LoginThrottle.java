package kz.koshi.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import kz.koshi.shared.AddressFailureCounts;
import kz.koshi.shared.AddressHash;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Slows sign-in guessing down by source address, not by account: failed sign-ins are counted per address
 * in fixed windows ({@code koshi.security.login-window}); an address that reaches
 * {@code koshi.security.max-failed-logins} is refused until its window ends, whatever user name it tries.
 * No account is ever locked, so no one can lock a colleague out and no answer tells a real user name
 * from a made-up one. The counts live in the database, so every node sees them, under the address's keyed hash
 * ({@link AddressHash}): the table never shows an address.
 */
@Service
public class LoginThrottle {

    private final AddressFailureCounts counts;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AddressHash addresses, SecurityProperties properties, Clock clock) {
        this.counts = new AddressFailureCounts(jdbc, addresses, "login_failure");
        this.properties = properties;
        this.clock = clock;
    }

    public boolean refuses(String sourceAddress) {
        return counts.failures(sourceAddress, window()) >= properties.maxFailedLogins();
    }

    /**
     * Counts an attempt that sets a credential (an applicant account opened on the public site) like a failed
     * sign-in, so that one address cannot try BIN after BIN faster than it could guess passwords.
     */
    public void attempted(String sourceAddress) {
        failed(sourceAddress);
    }

    /** Counts a failed sign-in (each statement commits on its own: {@link AddressFailureCounts}). */
    void failed(String sourceAddress) {
        counts.failed(sourceAddress, window());
    }

    @Scheduled(fixedDelayString = "${koshi.security.refusal-summary-every:1m}", initialDelayString = "1m")
    @SchedulerLock(name = "access.login-windows", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void forgetClosedWindows() {
        counts.forgetBefore(window());
    }

    private OffsetDateTime window() {
        Instant start = properties.loginWindowStart(clock.instant());
        return start.atOffset(ZoneOffset.UTC);
    }
}
