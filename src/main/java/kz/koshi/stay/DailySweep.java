package kz.koshi.stay;

import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.BorderRecords;
import kz.koshi.shared.PersonSelection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Once a day, every person in the country is assessed again: overstays, missed registrations and unexecuted
 * expulsions appear without any new event. Pages of 2,000 persons in person-number order, each read by range
 * and written in batches in its own transaction.
 */
@Service
public class DailySweep {

    private static final Logger log = LoggerFactory.getLogger(DailySweep.class);
    private static final int PAGE = 2_000;

    private final BorderRecords border;
    private final ViolationDetector detector;
    private final AuditTrail audit;

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
        Result result = sweep();
        log.info("Daily stay sweep: {} persons, {} new violations, {} withdrawn", result.persons(), result.newViolations(),
                result.withdrawnViolations());
    }

    /** Runs the same sweep now: API clients with scope stay:write, officers with role ADMIN on the stay page. */
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('SCOPE_stay:write')")
    public Result runNow() {
        return sweep();
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
                .because(persons + " persons, " + changes.added() + " new, " + changes.withdrawn() + " withdrawn"));
        return new Result(persons, changes.added(), changes.withdrawn());
    }

    /** A page in one transaction. */
    private ViolationDetector.Detection detectPage(List<String> page) {
        return CrossingListener.assess(detector, PersonSelection.between(page.getFirst(), page.getLast()), page, "SWEEP");
    }
}
