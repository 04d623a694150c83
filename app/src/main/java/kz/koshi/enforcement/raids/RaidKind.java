package kz.koshi.enforcement.raids;

/** What kind of control it was: an operation (e.g. «Нелегал», over weeks), a planned or an unplanned inspection. */
public enum RaidKind {
    OPERATION, PLANNED_INSPECTION, UNPLANNED_INSPECTION
}
