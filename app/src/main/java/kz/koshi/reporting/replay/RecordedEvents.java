package kz.koshi.reporting.replay;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events the publication registry recorded for given listeners, completed or not, in publication order (the id
 * breaks ties), read a page at a time so that a long history never sits in memory at once.
 */
@Component
class RecordedEvents {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;

    RecordedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Recorded(UUID id, String listenerId, String eventType, String serialized, OffsetDateTime publishedAt) {
    }

    /** Hands every recorded event of these listeners to {@code each}, in order; returns how many. */
    long forEach(Collection<String> listenerIds, Consumer<Recorded> each) {
        if (listenerIds.isEmpty()) {
            return 0;
        }
        long count = 0;
        Recorded last = null;
        while (true) {
            List<Recorded> page = page(listenerIds, last);
            page.forEach(each);
            count += page.size();
            if (page.size() < PAGE) {
                return count;
            }
            last = page.getLast();
        }
    }

    private List<Recorded> page(Collection<String> listenerIds, Recorded after) {
        String sql = "select id, listener_id, event_type, serialized_event, publication_date from event_publication where listener_id in (:ids)"
                + (after == null ? "" : " and (publication_date > :at or (publication_date = :at and id > :id))")
                + " order by publication_date, id fetch first " + PAGE + " rows only";
        var statement = jdbc.sql(sql).param("ids", listenerIds);
        if (after != null) {
            statement = statement.param("at", after.publishedAt()).param("id", after.id());
        }
        return statement.query((rs, n) -> new Recorded(rs.getObject("id", UUID.class), rs.getString("listener_id"),
                rs.getString("event_type"), rs.getString("serialized_event"), rs.getObject("publication_date", OffsetDateTime.class))).list();
    }
}
