package kz.koshi.protection.guardianship;

/** Where a child's referral to a guardianship authority stands: sent, accepted, measures being taken, closed. */
public enum GuardianshipStatus {
    SENT, ACCEPTED, ACTING, CLOSED;

    /** Measures are taken once the referral is accepted, until it is closed. */
    boolean takesMeasures() {
        return this == ACCEPTED || this == ACTING;
    }
}
