package kz.koshi.protection;

import java.util.List;

import kz.koshi.access.Role;
import kz.koshi.protection.reminders.ReminderCase;
import kz.koshi.protection.reminders.ReminderSource;
import org.springframework.stereotype.Component;

/** The cases a worker's reminders come from: the ones they are assigned to, a supervisor's whole agency's. */
@Component
class ReminderCases implements ReminderSource {

    private final CaseRepository cases;
    private final OutcomeRepository outcomes;

    ReminderCases(CaseRepository cases, OutcomeRepository outcomes) {
        this.cases = cases;
        this.outcomes = outcomes;
    }

    @Override
    public List<ReminderCase> casesOfCurrentWorker() {
        Actor a = Actor.current();
        return cases.caseload(a.agencyCode(), a.officerId(), a.has(Role.CASE_SUPERVISOR)).stream()
                .map(c -> new ReminderCase(c.id(), c.caseNumber(), c.pseudonym(), c.status() == CaseStatus.CLOSED,
                        c.admittedOn() == null ? null : c.periodEndsOn(), c.reflectionActive() ? c.reflectionEndsOn() : null,
                        c.closedOn(), c.status() == CaseStatus.CLOSED ? outcomes.lastFollowUp(c.id()) : null))
                .toList();
    }
}
