package kz.koshi.border;

import java.time.Instant;

/**
 * Something the officer must see at a crossing: an entry ban, a watch-list hit, a minor's exit to decide.
 * {@code reason} is a code (COURT_EXPULSION, NOT_ON_RECORD, FOREIGN_ADULT ...), never free text.
 */
public record Alert(long id, long crossingId, Kind kind, String reason, State state, Instant createdAt) {

    /**
     * ENTRY_BAN, WATCH_LIST: the person's bans on record; MINOR_EXIT: a child citizen leaving; DOCUMENT_EXPIRED: an
     * entry on a travel document expired before the day; NO_EXIT_ON_RECORD: an entry while the last crossing on
     * record is an entry too (an exit unrecorded, or a false stamp). All but WATCH_LIST hold a live crossing.
     */
    public enum Kind { ENTRY_BAN, WATCH_LIST, MINOR_EXIT, DOCUMENT_EXPIRED, NO_EXIT_ON_RECORD }

    /** OPEN waits for the officer; ALLOWED or STOPPED is the decision; NOTED is for the record only. */
    public enum State {
        OPEN, ALLOWED, STOPPED, NOTED;

        boolean decidable() {
            return this == OPEN;
        }
    }
}
