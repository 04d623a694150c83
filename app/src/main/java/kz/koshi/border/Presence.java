package kz.koshi.border;

import java.time.Instant;

/** A person's last completed crossing on record: whether they are in the country, and since when. */
record Presence(Direction direction, Instant at) {
}
