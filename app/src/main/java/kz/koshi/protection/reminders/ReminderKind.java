package kz.koshi.protection.reminders;

/** What is due: the end of special social services, the end of a reflection period, a follow-up contact. */
public enum ReminderKind {
    SERVICES_END, REFLECTION_END, FOLLOW_UP
}
