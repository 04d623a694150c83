/**
 * Reminders of a worker's deadlines for the home page (named interface {@code reminders}, used by the portal): special
 * social services ending within 14 days or overdue, reflection periods ending, follow-ups due after closure. Only the
 * worker's own cases (a supervisor's: the agency's); each reminder carries the case's number and pseudonym, never a
 * name. {@link kz.koshi.protection.reminders.WorkerReminders} checks the role and audits the read.
 */
@org.springframework.modulith.NamedInterface("reminders")
package kz.koshi.protection.reminders;
