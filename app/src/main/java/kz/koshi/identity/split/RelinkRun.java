package kz.koshi.identity.split;

import java.time.Instant;

/** The re-link run that proposed a split, as a reviewer sees it: which run and when it ran. */
public record RelinkRun(long id, Instant startedAt, Instant writtenAt) {
}
