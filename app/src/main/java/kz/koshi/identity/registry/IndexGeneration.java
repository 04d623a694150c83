package kz.koshi.identity.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's write counters, kept in the resolution turn's row so that every node sees them: {@code taken} goes
 * up at each turn (the records written in it carry its number), {@code reshaped} when persons are merged or split or
 * the model changes. A node's in-memory index compares them with what it last saw to catch up on other nodes' work.
 */
@Repository
public class IndexGeneration {

    /** The counters as one node last saw them. */
    public record Seen(long taken, long reshaped) {
    }

    private final JdbcClient jdbc;

    IndexGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counters as committed now (no lock). */
    Seen current() {
        return jdbc.sql("select taken, reshaped from identity_resolution_turn where id = 1")
                .query((rs, n) -> new Seen(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Locks the turn's row until the transaction ends (the turn across nodes) and returns the counters. */
    public Seen lockForTurn() {
        return jdbc.sql("select taken, reshaped from identity_resolution_turn where id = 1 for update")
                .query((rs, n) -> new Seen(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Opens the next turn's number: what this transaction writes carries it. */
    public void advance() {
        jdbc.sql("update identity_resolution_turn set taken = taken + 1 where id = 1").update();
    }

    /** Persons were merged or split, or the model changed: every node loads its index anew. */
    public void reshape() {
        jdbc.sql("update identity_resolution_turn set reshaped = reshaped + 1 where id = 1").update();
    }
}
