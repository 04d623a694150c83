package kz.koshi.identity.relink;

/** Where a re-link run stands: the job writes it, the registry reconciles it (V236's check constraint). */
public enum RelinkStatus {
    WRITING, WRITTEN, RECONCILING, RECONCILED, FAILED;

    /** Only a run the job finished writing, and nobody reconciles yet, may be reconciled. */
    public boolean reconcilable() {
        return this == WRITTEN;
    }
}
