package kz.koshi.protection;

/** Why a supervisor changes who works on a case; recorded on the timeline as a code, never as narrative. */
public enum AssignmentReason {
    WORKLOAD,
    ABSENCE,
    WORKER_LEFT,
    CONFLICT_OF_INTEREST,
    PERSONS_REQUEST,
    SPECIALISATION
}
