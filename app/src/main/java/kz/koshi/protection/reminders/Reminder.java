package kz.koshi.protection.reminders;

import java.time.LocalDate;

/** One deadline on one of the worker's cases; {@code overdue} once the day has passed. */
public record Reminder(ReminderKind kind, long caseId, String caseNumber, String pseudonym, LocalDate due, boolean overdue) {
}
