package kz.koshi.recruitment.rules;

/** The risk rules on private employment agencies (issue 14, "Risk signals"); each one's reason is in the bundles. */
public enum SignalKind {
    COMPLAINTS,
    MINOR_PLACEMENT_ATTEMPT,
    FEES_ABOVE_LIMIT,
    WAGE_FAR_BELOW_NORM,
    EMPLOYER_TRAFFICKING_CASES,
    REVOKED_PERSON_REAPPEARS,
    WORKER_NOT_HEARD_FROM
}
