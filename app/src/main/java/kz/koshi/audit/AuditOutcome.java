package kz.koshi.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    /** Refused by access control: a wrong token, a missing scope, a case not the officer's. */
    DENIED
}
