package kz.koshi.protection.caseload;

/** The caseload's order: the nearest end of services first (open cases before closed ones), the newest, or by number. */
public enum CaseloadSort {
    DUE, NEWEST, NUMBER
}
