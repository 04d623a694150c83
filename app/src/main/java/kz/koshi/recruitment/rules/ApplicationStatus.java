package kz.koshi.recruitment.rules;

/** Where a licence application stands. */
public enum ApplicationStatus {
    /** Waiting for the labour authority's review (first submission or resubmission). */
    SUBMITTED,
    /** The reviewer asked for corrections: the applicant edits and resubmits. */
    CORRECTIONS_REQUESTED,
    GRANTED,
    REFUSED;

    /** The reviewer may decide (grant, refuse, ask for corrections) only a submitted application. */
    public boolean awaitsReview() {
        return this == SUBMITTED;
    }

    /** The applicant may change only an application sent back for corrections. */
    public boolean editableByApplicant() {
        return this == CORRECTIONS_REQUESTED;
    }

    public boolean decided() {
        return this == GRANTED || this == REFUSED;
    }
}
