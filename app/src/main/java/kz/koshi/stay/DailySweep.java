package kz.koshi.stay;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.border.BorderRecords;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.PersonSelection;
import kz.koshi.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Once a day, every person in the country is assessed again: overstays, missed registrations and unexecuted
 * expulsions appear without any new event. Pages of 2,000 persons in person-number order, each read by range
 * and written in batches in its own transaction. One sweep at a time in this instance: a second request while one runs
 * (a double click, a burst, the night's run) is refused as a conflict; across instances the violations' once-only keys
 * keep a finding from being recorded twice.
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

    private final BorderRecords border;
    private final ViolationDetector detector;
    private final AuditTrail audit;
    private final ReentrantLock running = new ReentrantLock();

    DailySweep(BorderRecords border, ViolationDetector detector, AuditTrail audit) {
        this.border = border;
        this.detector = detector;
        this.audit = audit;
    }

    /** Persons assessed, violations found for the first time, open violations withdrawn (cleared by later records). */
    public record Result(long persons, long newViolations, long withdrawnViolations) {
    }

    @Scheduled(cron = "${koshi.stay.sweep-cron:0 30 2 * * *}", zone = "${koshi.zone:Asia/Almaty}")
    void nightly() {
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
        if (!running.tryLock()) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.sweep.running");
        }
        try {
            return sweep();
        } finally {
            running.unlock();
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
