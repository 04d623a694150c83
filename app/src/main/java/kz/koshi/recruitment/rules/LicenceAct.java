package kz.koshi.recruitment.rules;

/** What the labour authority (or time) does to a licence; each act has a reason and is on the agency's history. */
public enum LicenceAct {
    GRANTED,
    SUSPENDED,
    REINSTATED,
    REVOKED,
    RENEWED,
    /** Not an officer's act: the licence's validity ran out (recorded by the daily sweep). */
    EXPIRED;

    /** The acts an officer performs on an existing licence. */
    public boolean byOfficer() {
        return this == SUSPENDED || this == REINSTATED || this == REVOKED || this == RENEWED;
    }
}
