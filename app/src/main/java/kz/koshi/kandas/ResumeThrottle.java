package kz.koshi.kandas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import kz.koshi.shared.AddressHash;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows guessing of survey secrets down by source address, as sign-in is (access.LoginThrottle): failed resumes are
 * counted per address (its keyed hash, {@link AddressHash}: the table never shows an address) in fixed windows in the
 * database (every node sees them); an address that reaches
 * {@code koshi.kandas.max-resume-failures} is refused until its window ends, whatever it types.
 */
@Component
class ResumeThrottle {

    private final JdbcClient jdbc;
    private final AddressHash addresses;
    private final KandasProperties properties;
    private final Clock clock;

    ResumeThrottle(JdbcClient jdbc, AddressHash addresses, KandasProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.properties = properties;
        this.clock = clock;
    }

    boolean refuses(String address) {
        return jdbc.sql("select failures from kandas_resume_failure where address_hash = ? and window_start = ?")
                .params(addresses.of(address), window()).query(Integer.class).optional()
                .map(failures -> failures >= properties.maxResumeFailures()).orElse(false);
    }

    /**
     * Counts a failed resume. Deliberately not transactional (the caller holds none either): each statement commits on
     * its own, so the refusal that follows cannot roll the count back, and a concurrent first failure (a duplicate key,
     * which on PostgreSQL would abort a surrounding transaction) is answered by counting again.
     */
    public void failed(String address) {
        String hash = addresses.of(address);
        if (increment(hash) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into kandas_resume_failure (address_hash, window_start, failures) values (?, ?, 1)")
                    .params(hash, window()).update();
        } catch (DuplicateKeyException raced) {
            increment(hash);
        }
    }

    /** Old windows are of no more use (a plain delete by age: harmless if two nodes ran it at once). */
    @Scheduled(fixedDelayString = "${koshi.kandas.resume-window:15m}", initialDelayString = "1m")
    @SchedulerLock(name = "kandas.resume-windows", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    @Transactional
    public void forgetClosedWindows() {
        jdbc.sql("delete from kandas_resume_failure where window_start < ?").param(window()).update();
    }

    private int increment(String hash) {
        return jdbc.sql("update kandas_resume_failure set failures = failures + 1 where address_hash = ? and window_start = ?")
                .params(hash, window()).update();
    }

    private OffsetDateTime window() {
        return properties.resumeWindowStart(clock.instant()).atOffset(ZoneOffset.UTC);
    }
}
