package kz.koshi.protection.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in worker's deadlines, the earliest first; for social workers and supervisors only, and audited. */
@Service
@Transactional
public class WorkerReminders {

    private final ReminderSource cases;
    private final ReminderRules rules = new ReminderRules();
    private final AuditTrail audit;
    private final Clock clock;

    WorkerReminders(ReminderSource cases, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR')")
    public List<Reminder> mine() {
        LocalDate today = LocalDate.now(clock);
        List<Reminder> due = cases.casesOfCurrentWorker().stream().flatMap(c -> rules.of(c, today).stream())
                .sorted(Comparator.comparing(Reminder::due).thenComparing(Reminder::caseNumber)).toList();
        audit.record(AuditEvent.success("CASE_REMINDERS_READ", "protection_case", null).because(AuditReason.of("reminders-listed", ReasonArg.number(due.size()))));
        return due;
    }
}
