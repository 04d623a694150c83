package kz.koshi.reporting.replay;

import java.time.Instant;

/** A finished rebuild: who asked, when it started and ended, how many recorded events were replayed. */
public record Rebuilt(String requestedBy, Instant startedAt, Instant finishedAt, long events) implements java.io.Serializable {
}
