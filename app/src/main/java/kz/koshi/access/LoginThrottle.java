package kz.koshi.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import kz.koshi.shared.AddressHash;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final JdbcClient jdbc;
    private final AddressHash addresses;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AddressHash addresses, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.properties = properties;
        this.clock = clock;
    }

    /** Not in a read-only transaction: the first address ever hashed makes the key ({@link AddressHash}). */
    public boolean refuses(String sourceAddress) {
        return jdbc.sql("select failures from login_failure where address_hash = ? and window_start = ?")
                .params(addresses.of(sourceAddress), window()).query(Integer.class).optional()
                .map(failures -> failures >= properties.maxFailedLogins()).orElse(false);
    }

    /**
     * Counts an attempt that sets a credential (an applicant account opened on the public site) like a failed
     * sign-in, so that one address cannot try BIN after BIN faster than it could guess passwords.
     */
    public void attempted(String sourceAddress) {
        failed(sourceAddress);
    }

    /** Counts a failed sign-in; each statement commits on its own, so a concurrent first failure is counted again. */
    void failed(String sourceAddress) {
        String hash = addresses.of(sourceAddress);
        if (increment(hash) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into login_failure (address_hash, window_start, failures) values (?, ?, 1)")
                    .params(hash, window()).update();
        } catch (DuplicateKeyException raced) {
            increment(hash);
        }
    }

    /** Old windows are of no more use (a plain delete by age: harmless if two nodes ran it at once). */
    @Scheduled(fixedDelayString = "${koshi.security.refusal-summary-every:1m}", initialDelayString = "1m")
    @SchedulerLock(name = "access.login-windows", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    @Transactional
    public void forgetClosedWindows() {
        jdbc.sql("delete from login_failure where window_start < ?").param(window()).update();
    }

    private int increment(String hash) {
        return jdbc.sql("update login_failure set failures = failures + 1 where address_hash = ? and window_start = ?")
                .params(hash, window()).update();
    }

    private OffsetDateTime window() {
        Instant start = properties.loginWindowStart(clock.instant());
        return start.atOffset(ZoneOffset.UTC);
    }
}
