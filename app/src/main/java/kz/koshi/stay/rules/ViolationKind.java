package kz.koshi.stay.rules;

/** The violations the engine detects (DOMAIN.md sections 4 and 6). */
public enum ViolationKind {
    OVERSTAY, MISSED_REGISTRATION, WORK_WITHOUT_PERMIT, EXPULSION_NOT_EXECUTED, ENTRY_DURING_BAN
}
