package kz.koshi.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the chain. Entries are only ever inserted; there is no update and no delete. */
@Repository
class AuditEntries {

    record Head(long lastId, String lastHash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final KazakhstanCalendar calendar;

    AuditEntries(JdbcClient jdbc, JdbcTemplate template, KazakhstanCalendar calendar) {
        this.jdbc = jdbc;
        this.template = template;
        this.calendar = calendar;
    }

    /** Locks the head of the chain until the transaction ends, so entries are appended one at a time. */
    Head lockHead() {
        return jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    Head head() {
        return jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    /** Inserts sealed entries in chain order and moves the head to the last of them. */
    void append(List<AuditEntry> sealed) {
        template.batchUpdate("""
                insert into audit_entry (id, occurred_at, actor, agency_code, action, subject_type, subject_id,
                                         reason, reason_key, reason_args, outcome, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sealed, 500, (ps, e) -> {
            ps.setLong(1, e.id());
            ps.setObject(2, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
            ps.setString(3, e.actor());
            ps.setString(4, e.agencyCode());
            ps.setString(5, e.action());
            ps.setString(6, e.subjectType());
            ps.setString(7, e.subjectId());
            ps.setString(8, e.reason());
            ps.setString(9, e.reasonKey());
            ps.setString(10, e.reasonArgs());
            ps.setString(11, e.outcome().name());
            ps.setString(12, e.prevHash());
            ps.setString(13, e.hash());
        });
        AuditEntry last = sealed.getLast();
        jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1").params(last.id(), last.hash()).update();
    }

    /** Streams the whole chain in order without holding it in memory. */
    void forEachInOrder(Consumer<AuditEntry> consumer) {
        jdbc.sql("select * from audit_entry order by id").query((ResultSet rs) -> {
            consumer.accept(map(rs));
        });
    }

    List<AuditEntry> find(AuditFilter filter, int limit, int offset) {
        AuditFilter.Sql where = filter.toSql(calendar);
        return jdbc.sql("select * from audit_entry" + where.clause() + " order by id desc limit ? offset ?")
                .params(where.withParams(limit, offset)).query((rs, n) -> map(rs)).list();
    }

    long count(AuditFilter filter) {
        AuditFilter.Sql where = filter.toSql(calendar);
        return jdbc.sql("select count(*) from audit_entry" + where.clause()).params(where.params())
                .query(Long.class).single();
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("reason"), rs.getString("reason_key"), rs.getString("reason_args"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
