package kz.koshi.identity;

import java.time.Instant;

/**
 * A feed file being imported: its state, how far it has come ({@code rowsDone} of {@code rowsTotal}) and the
 * report so far (complete once the state is {@link ImportState#DONE}).
 */
public record FeedImportJob(long id, ImportState state, String defaultSource, Instant uploadedAt, Instant finishedAt,
                            long rowsTotal, long rowsDone, ImportReport report) {

    /** Progress in whole percent, for the page's progress bar. */
    public int percent() {
        return rowsTotal == 0 ? 100 : (int) (100 * rowsDone / rowsTotal);
    }
}
