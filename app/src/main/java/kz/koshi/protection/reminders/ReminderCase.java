package kz.koshi.protection.reminders;

import java.time.LocalDate;

/**
 * A case's dates as the reminders read them: the end of services (once admitted), the end of a reflection period
 * still running, the day of closure and of the last follow-up contact.
 */
public record ReminderCase(long caseId, String caseNumber, String pseudonym, boolean closed, LocalDate servicesEndOn,
                           LocalDate reflectionEndsOn, LocalDate closedOn, LocalDate lastFollowUpOn) {
}
