package kz.koshi.identity;

/** What the registry did with an incoming record. */
public enum ResolutionOutcome {
    /** Linked to an existing person automatically (above the upper threshold). */
    LINKED,
    /** No one like this is registered: a new person. */
    NEW_PERSON,
    /**
     * Between the thresholds: kept as a new person for now and put in the review queue beside the
     * candidates; a reviewer's merge publishes {@link PersonsMerged}.
     */
    PENDING_REVIEW,
    /** The record had been received before; nothing stored twice. */
    ALREADY_RECEIVED
}
