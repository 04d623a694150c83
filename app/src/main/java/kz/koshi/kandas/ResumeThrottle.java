package kz.koshi.kandas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import kz.koshi.shared.AddressFailureCounts;
import kz.koshi.shared.AddressHash;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows guessing of survey secrets down by source address, as sign-in is (access.LoginThrottle): failed resumes are
 * counted per address (its keyed hash, {@link AddressHash}: the table never shows an address) in fixed windows in the
 * database (every node sees them); an address that reaches
 * {@code koshi.kandas.max-resume-failures} is refused until its window ends, whatever it types.
 */
@Component
class ResumeThrottle {

    private final AddressFailureCounts counts;
    private final KandasProperties properties;
    private final Clock clock;

    ResumeThrottle(JdbcClient jdbc, AddressHash addresses, KandasProperties properties, Clock clock) {
        this.counts = new AddressFailureCounts(jdbc, addresses, "kandas_resume_failure");
        this.properties = properties;
        this.clock = clock;
    }

    boolean refuses(String address) {
        return counts.failures(address, window()) >= properties.maxResumeFailures();
    }

    /** Counts a failed resume (each statement commits on its own: {@link AddressFailureCounts}). */
    public void failed(String address) {
        counts.failed(address, window());
    }

    @Scheduled(fixedDelayString = "${koshi.kandas.resume-window:15m}", initialDelayString = "1m")
    @SchedulerLock(name = "kandas.resume-windows", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void forgetClosedWindows() {
        counts.forgetBefore(window());
    }

    private OffsetDateTime window() {
        return properties.resumeWindowStart(clock.instant()).atOffset(ZoneOffset.UTC);
    }
}
