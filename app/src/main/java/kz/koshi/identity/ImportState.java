package kz.koshi.identity;

/** Where a feed import job is: waiting, importing chunk by chunk, done, or stopped by an error (re-upload to finish). */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
