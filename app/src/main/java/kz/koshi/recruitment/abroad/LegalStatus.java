package kz.koshi.recruitment.abroad;

/**
 * A citizen's legal status abroad as the register knows it: placed by a licensed agency, registered by a consulate
 * with or without a work or residence permit, or unknown (an exit for work at the border says nothing of it).
 */
public enum LegalStatus {
    WITH_PLACEMENT, WITH_PERMIT, WITHOUT_PERMIT, UNKNOWN;

    /** What a new piece of evidence makes of this status: the latest known status wins; "unknown" changes nothing. */
    public LegalStatus after(LegalStatus evidence) {
        return evidence == UNKNOWN ? this : evidence;
    }
}
