package kz.koshi.identity.relink;

import java.time.Instant;

/** A national re-link run as the registry lists it; {@code counts} is null until it is reconciled. */
public record RelinkRun(long id, RelinkStatus status, Instant startedAt, Instant writtenAt, Long recordCount,
                        Long clusterCount, Instant reconciledAt, String reconciledBy, RelinkCounts counts)
        implements java.io.Serializable {

    public boolean reconcilable() {
        return status.reconcilable();
    }
}
