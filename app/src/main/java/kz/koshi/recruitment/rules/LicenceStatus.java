package kz.koshi.recruitment.rules;

/** Where a licence stands on a given day. */
public enum LicenceStatus {
    /** Valid: the agency may place workers in the licence's destinations. */
    ACTIVE,
    /** Suspended by the labour authority until it is reinstated (or revoked). */
    SUSPENDED,
    /** Withdrawn for good; a new licence needs a new application. */
    REVOKED,
    /** Its validity ended without renewal. */
    EXPIRED;

    /** Only an active licence lets an agency work. */
    public boolean valid() {
        return this == ACTIVE;
    }
}
