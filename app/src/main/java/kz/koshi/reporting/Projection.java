package kz.koshi.reporting;

/**
 * A read-model table (or set of tables) built only from published events. Its listeners are idempotent (an event
 * delivered twice counts once), and {@link #clear()} empties it so the rebuild can replay every recorded event from the
 * event publication registry and arrive at the same rows.
 */
public interface Projection {

    void clear();
}
