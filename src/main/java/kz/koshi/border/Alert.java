package kz.koshi.border;

import java.time.Instant;

/**
 * Something the officer must see at a crossing: an entry ban, a watch-list hit, a minor's exit to decide.
 * {@code reason} is a code (COURT_EXPULSION, NOT_ON_RECORD, FOREIGN_ADULT ...), never free text.
 */
public record Alert(long id, long crossingId, Kind kind, String reason, State state, Instant createdAt) {

    public enum Kind { ENTRY_BAN, WATCH_LIST, MINOR_EXIT }

    /** OPEN waits for the officer; ALLOWED or STOPPED is the decision; NOTED is for the record only. */
    public enum State {
        OPEN, ALLOWED, STOPPED, NOTED;

        boolean decidable() {
            return this == OPEN;
        }
    }
}
