package kz.koshi.kandas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows guessing of survey secrets down by source address, as sign-in is (access.LoginThrottle): failed resumes are
 * counted per address in fixed windows in the database (every node sees them); an address that reaches
 * {@code koshi.kandas.max-resume-failures} is refused until its window ends, whatever it types.
 */
@Component
class ResumeThrottle {

    private final JdbcClient jdbc;
    private final KandasProperties properties;
    private final Clock clock;

    ResumeThrottle(JdbcClient jdbc, KandasProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    boolean refuses(String address) {
        return jdbc.sql("select failures from kandas_resume_failure where source_address = ? and window_start = ?")
                .params(key(address), window()).query(Integer.class).optional()
                .map(failures -> failures >= properties.maxResumeFailures()).orElse(false);
    }

    /** Counted in its own transaction (the caller has none): the refusal that follows must not roll the count back. */
    @Transactional
    public void failed(String address) {
        if (increment(address) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into kandas_resume_failure (source_address, window_start, failures) values (?, ?, 1)")
                    .params(key(address), window()).update();
        } catch (DuplicateKeyException raced) {
            increment(address);
        }
    }

    /** Old windows are of no more use (a plain delete by age: harmless if two nodes ran it at once). */
    @Scheduled(fixedDelayString = "${koshi.kandas.resume-window:15m}", initialDelayString = "1m")
    @SchedulerLock(name = "kandas.resume-windows", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    @Transactional
    public void forgetClosedWindows() {
        jdbc.sql("delete from kandas_resume_failure where window_start < ?").param(window()).update();
    }

    private int increment(String address) {
        return jdbc.sql("update kandas_resume_failure set failures = failures + 1 where source_address = ? and window_start = ?")
                .params(key(address), window()).update();
    }

    private OffsetDateTime window() {
        return properties.resumeWindowStart(clock.instant()).atOffset(ZoneOffset.UTC);
    }

    private static String key(String address) {
        String a = address == null ? "unknown" : address;
        return a.substring(0, Math.min(a.length(), 64));
    }
}
