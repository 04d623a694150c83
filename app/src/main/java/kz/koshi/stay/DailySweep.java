package kz.koshi.stay;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.border.BorderRecords;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.PersonSelection;
import kz.koshi.shared.ProblemType;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Once a day, every person in the country is assessed again: overstays, missed registrations and unexecuted
 * expulsions appear without any new event. Pages of 2,000 persons in person-number order, each read by range
 * and written in batches in its own transaction. One sweep at a time across all nodes (a lock row in the database): a
 * second request while one runs (a double click, a burst, the night's run, another node) is refused as a conflict; the
 * night's run starts on one node only; and the violations' once-only keys would keep a finding from being recorded
 * twice anyway.
 */
@Service
public class DailySweep {

    private static final Logger log = LoggerFactory.getLogger(DailySweep.class);
    private static final int PAGE = 2_000;
    /**
     * Who may run it on demand: the migration police, whose violation queue it fills, and the administrator, who runs
     * the platform's jobs (a night's run missed); agency systems with stay:write after loading their records.
     */
    static final String RUNNERS = "hasRole('MIGRATION_OFFICER') or hasRole('ADMIN') or hasAuthority('SCOPE_stay:write')";

    /** The longest a sweep may hold its lock if its node dies mid-way. */
    private static final Duration AT_MOST = Duration.ofHours(6);

    private final BorderRecords border;
    private final ViolationDetector detector;
    private final AuditTrail audit;
    private final LockProvider locks;
    private final Clock clock;

    DailySweep(BorderRecords border, ViolationDetector detector, AuditTrail audit, LockProvider locks, Clock clock) {
        this.border = border;
        this.detector = detector;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    /** Persons assessed, violations found for the first time, open violations withdrawn (cleared by later records). */
    public record Result(long persons, long newViolations, long withdrawnViolations) implements java.io.Serializable {
    }

    @Scheduled(cron = "${koshi.stay.sweep-cron:0 30 2 * * *}", zone = "${koshi.zone:Asia/Almaty}")
    @SchedulerLock(name = "stay.daily-sweep.nightly", lockAtLeastFor = "PT10M", lockAtMostFor = "PT6H")
    public void nightly() {
        Result result;
        try {
            result = runOnce();
        } catch (DomainProblem running) {
            log.info("Daily stay sweep not started: a sweep run on demand is still running");
            return;
        }
        log.info("Daily stay sweep: {} persons, {} new violations, {} withdrawn", result.persons(), result.newViolations(),
                result.withdrawnViolations());
    }

    /** Runs the same sweep now, for those {@link #RUNNERS} names; a conflict while another sweep runs. */
    @PreAuthorize(RUNNERS)
    public Result runNow() {
        return runOnce();
    }

    private Result runOnce() {
        Optional<SimpleLock> running = locks.lock(new LockConfiguration(clock.instant(), "stay.daily-sweep", AT_MOST, Duration.ZERO));
        if (running.isEmpty()) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.sweep.running");
        }
        try {
            return sweep();
        } finally {
            running.get().unlock();
        }
    }

    private Result sweep() {
        long persons = 0;
        ViolationDetector.Detection changes = ViolationDetector.Detection.NONE;
        String after = "";
        List<String> page;
        do {
            page = border.presentAfter(after, PAGE);
            if (!page.isEmpty()) {
                changes = changes.plus(detectPage(page));
            }
            persons += page.size();
            after = page.isEmpty() ? after : page.getLast();
        } while (page.size() == PAGE);
        audit.recordSeparately(AuditEvent.success("STAY_SWEEP_RUN", "stay", null)
                .because(AuditReason.of("sweep-run", ReasonArg.number(persons), ReasonArg.number(changes.added()), ReasonArg.number(changes.withdrawn()))));
        return new Result(persons, changes.added(), changes.withdrawn());
    }

    /** A page in one transaction. */
    private ViolationDetector.Detection detectPage(List<String> page) {
        return CrossingListener.assess(detector, PersonSelection.between(page.getFirst(), page.getLast()), page, "SWEEP");
    }
}
