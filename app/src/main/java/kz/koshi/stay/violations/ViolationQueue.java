package kz.koshi.stay.violations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import kz.koshi.stay.rules.ViolationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue's reads: one indexed query per page (the filter, the sort, LIMIT/OFFSET, and the total counted in the
 * same query), and the whole filter streamed row by row for an export. Suspended violations only for callers who
 * may know of a suspension.
 */
@Repository
class ViolationQueue {

    private static final String SELECT = """
            select v.id, v.person_number, v.kind, v.since, v.days, v.sanction, v.state, v.detected_at, v.suspended,
            v.protocol_number, v.penalty, v.fine_tenge, v.handled_on, v.raid_id, p.surname, p.given_name, p.citizenship, p.region_code""";
    private static final String FROM = " from stay_violation v left join stay_violator p on p.person_number = v.person_number";
    private static final int FETCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    ViolationQueue(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH);
    }

    QueuePage page(QueueFilter filter, boolean withSuspended, int size, ZoneId zone) {
        QueueWhere where = QueueWhere.of(filter, withSuspended, zone);
        List<Object> params = new ArrayList<>(where.params());
        params.add(size);
        params.add((long) (filter.page() - 1) * size);
        long[] total = {0};
        List<QueueRow> rows = jdbc.sql(SELECT + ", count(*) over () total" + FROM + where.sql()
                        + filter.sort().orderBy(filter.dir()) + " limit ? offset ?").params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return map(rs, zone);
                }).list();
        if (rows.isEmpty() && filter.page() > 1) {
            total[0] = jdbc.sql("select count(*)" + FROM + where.sql()).params(where.params()).query(Long.class).single();
        }
        return new QueuePage(rows, total[0], filter.page(), size);
    }

    /** Every row the filter finds, in its order, handed over one at a time: never all in memory. */
    void forEach(QueueFilter filter, boolean withSuspended, ZoneId zone, Consumer<QueueRow> sink) {
        QueueWhere where = QueueWhere.of(filter, withSuspended, zone);
        streaming.query(SELECT + FROM + where.sql() + filter.sort().orderBy(filter.dir()),
                (RowCallbackHandler) rs -> sink.accept(map(rs, zone)), where.params().toArray());
    }

    Optional<QueueRow> find(long id, ZoneId zone) {
        return jdbc.sql(SELECT + FROM + " where v.id = ?").param(id).query((rs, n) -> map(rs, zone)).optional();
    }

    /** An open, punishable violation is handled with its protocol; false when it is not open (any more). */
    boolean handle(long id, Handling handling, String officer, Instant now) {
        return jdbc.sql("""
                update stay_violation set state = 'HANDLED', handled_by = ?, handled_at = ?, protocol_number = ?, penalty = ?,
                fine_tenge = ?, handled_on = ? where id = ? and state = 'OPEN' and suspended = false""")
                .params(officer, now.atOffset(ZoneOffset.UTC), handling.protocolNumber(), handling.penalty().name(),
                        handling.penalty() == Penalty.FINE ? handling.fineTenge() : null, handling.handledOn(), id)
                .update() == 1;
    }

    private static QueueRow map(ResultSet rs, ZoneId zone) throws SQLException {
        Instant found = rs.getObject("detected_at", OffsetDateTime.class).toInstant();
        String penalty = rs.getString("penalty");
        Long fine = rs.getObject("fine_tenge", Long.class);
        return new QueueRow(rs.getLong("id"), rs.getString("person_number"), rs.getString("surname"), rs.getString("given_name"),
                rs.getString("citizenship"), rs.getString("region_code"), ViolationKind.valueOf(rs.getString("kind")),
                rs.getObject("since", LocalDate.class), rs.getLong("days"), rs.getString("sanction"), rs.getString("state"),
                LocalDate.ofInstant(found, zone), rs.getBoolean("suspended"), rs.getString("protocol_number"),
                penalty == null ? null : Penalty.valueOf(penalty), fine, rs.getObject("handled_on", LocalDate.class),
                rs.getObject("raid_id", Long.class));
    }
}
