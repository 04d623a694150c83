package kz.koshi.border;

import java.time.Instant;

/** A completed or held crossing as other modules see it: no names, the facts the stay rules need. */
public record CrossingView(long id, String personNumber, Direction direction, String checkpoint, Instant occurredAt,
                           String citizenship, String purpose, String state, Integer lane) {
}
