package kz.koshi.protection.caseload;

/** The service-period filter: special social services ending within 14 days, or past their end with the person still in service. */
public enum DueFilter {
    ENDING_SOON, OVERDUE
}
