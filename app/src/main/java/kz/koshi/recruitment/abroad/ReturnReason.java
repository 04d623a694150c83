package kz.koshi.recruitment.abroad;

/** How the register learned that a stay abroad ended. */
public enum ReturnReason {
    /** The citizen entered Kazakhstan at the border. */
    BORDER_ENTRY,
    /** The consulate deregistered the citizen. */
    CONSULAR_DEREGISTRATION,
    /** The labour authority recorded the person as back (reported by the person, the family or the agency). */
    REPORTED_BACK
}
