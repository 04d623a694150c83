package kz.koshi.relink;

/**
 * The statuses of {@code identity_relink_run} the job sets. The registry reconciles a WRITTEN run only (and moves
 * it on to RECONCILING and RECONCILED); a run left WRITING (the job was killed) or FAILED is never reconciled.
 */
enum RunStatus {
    WRITING, WRITTEN, FAILED
}
