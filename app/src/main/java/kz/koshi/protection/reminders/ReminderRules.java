package kz.koshi.protection.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a deadline is shown: services and reflection periods from 14 days before their end, and on once overdue while
 * the case is open; a follow-up contact every 90 days after closure (counted from the closure or the last contact)
 * during the first year, from 14 days before it is due.
 */
public final class ReminderRules {

    static final int AHEAD_DAYS = 14;
    static final int FOLLOW_UP_EVERY_DAYS = 90;
    static final int FOLLOW_UP_FOR_DAYS = 365;

    public List<Reminder> of(ReminderCase c, LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        if (!c.closed()) {
            add(due, c, ReminderKind.SERVICES_END, c.servicesEndOn(), today);
            add(due, c, ReminderKind.REFLECTION_END, c.reflectionEndsOn(), today);
        } else if (c.closedOn() != null && !today.isAfter(c.closedOn().plusDays(FOLLOW_UP_FOR_DAYS))) {
            LocalDate last = c.lastFollowUpOn() == null || c.lastFollowUpOn().isBefore(c.closedOn()) ? c.closedOn() : c.lastFollowUpOn();
            add(due, c, ReminderKind.FOLLOW_UP, last.plusDays(FOLLOW_UP_EVERY_DAYS), today);
        }
        return due;
    }

    private static void add(List<Reminder> due, ReminderCase c, ReminderKind kind, LocalDate on, LocalDate today) {
        if (on != null && !on.isAfter(today.plusDays(AHEAD_DAYS))) {
            due.add(new Reminder(kind, c.caseId(), c.caseNumber(), c.pseudonym(), on, on.isBefore(today)));
        }
    }
}
