package kz.koshi.stay;

/** What stay made of a finding handed to it. */
public enum FindingOutcome {
    /** A new violation in the queue, its source the raid. */
    NEW_VIOLATION,
    /** The person already had this violation on record (open, or handled on that day): joined to it, not doubled. */
    SAME_AS_RECORDED,
    /** The same raid had already reported this violation of this person: nothing new. */
    ALREADY_REPORTED
}
