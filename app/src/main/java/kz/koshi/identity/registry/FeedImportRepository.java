package kz.koshi.identity.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.identity.registry.SourceRecordRepository.utc;

/** Feed import jobs: the file until it is done, the position reached, the counts and every rejected row. */
@Repository
public class FeedImportRepository {

    /** A job as stored; outcomes as {@code LINKED=3;NEW_PERSON=5}. */
    public record Job(long id, String state, String defaultSource, String uploadedBy, String agencyCode, Instant uploadedAt,
                      Instant finishedAt, long rowsTotal, long rowsDone, long stored, long duplicates, long rejected,
                      long malformedDates, List<String> unknownColumns, String outcomes) {
    }

    /** What one chunk did: its rows, and the counts to add; {@code outcomes} is the job's new total. */
    public record Chunk(long rows, long stored, long duplicates, long rejected, long malformedDates, String outcomes) {
    }

    public record Rejection(long line, String recordId, String fields) {
    }

    private final JdbcClient jdbc;

    FeedImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String defaultSource, String by, String agency, Instant at, long rows, List<String> unknown, String content) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into identity_feed_import (state, default_source, uploaded_by, agency_code, uploaded_at, rows_total,
                                                  unknown_columns, content)
                values ('QUEUED', ?, ?, ?, ?, ?, ?, ?)""")
                .params(defaultSource, by, agency, utc(at), rows, String.join(",", unknown), content.getBytes(StandardCharsets.UTF_8))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<Job> find(long id) {
        return jdbc.sql("select * from identity_feed_import where id = ?").param(id).query((rs, n) -> new Job(rs.getLong("id"),
                rs.getString("state"), rs.getString("default_source"), rs.getString("uploaded_by"), rs.getString("agency_code"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                rs.getLong("rows_total"), rs.getLong("rows_done"), rs.getLong("stored"), rs.getLong("duplicates"),
                rs.getLong("rejected"), rs.getLong("malformed_dates"),
                Arrays.stream(rs.getString("unknown_columns").split(",")).filter(c -> !c.isBlank()).toList(),
                rs.getString("outcomes"))).optional();
    }

    public Optional<String> content(long id) {
        return jdbc.sql("select content from identity_feed_import where id = ? and content is not null").param(id)
                .query((rs, n) -> new String(rs.getBytes("content"), StandardCharsets.UTF_8)).optional();
    }

    /** Marks the job running; false if it is finished (or taken by no one: unknown). */
    public boolean start(long id) {
        return jdbc.sql("update identity_feed_import set state = 'RUNNING' where id = ? and state in ('QUEUED', 'RUNNING')")
                .param(id).update() == 1;
    }

    /**
     * Moves the job past one chunk that started at row {@code from}, in the chunk's transaction; false (and nothing
     * written) if the job is no longer there, because another runner did that chunk first.
     */
    public boolean advance(long id, long from, Chunk c, List<Rejection> rejected) {
        int moved = jdbc.sql("""
                update identity_feed_import set rows_done = rows_done + ?, stored = stored + ?, duplicates = duplicates + ?,
                       rejected = rejected + ?, malformed_dates = malformed_dates + ?, outcomes = ? where id = ? and rows_done = ?""")
                .params(c.rows(), c.stored(), c.duplicates(), c.rejected(), c.malformedDates(), c.outcomes(), id, from).update();
        if (moved == 0) {
            return false;
        }
        rejected.forEach(r -> jdbc.sql("insert into identity_feed_import_rejection (import_id, line, record_id, fields) values (?, ?, ?, ?)")
                .params(id, r.line(), r.recordId(), r.fields()).update());
        return true;
    }

    public List<Rejection> rejections(long id) {
        return jdbc.sql("select line, record_id, fields from identity_feed_import_rejection where import_id = ? order by line")
                .param(id).query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Ends the job unless it is over already; the file, which holds names, is not kept once the job is over. */
    public boolean finish(long id, String state, Instant at) {
        return jdbc.sql("""
                update identity_feed_import set state = ?, finished_at = ?, content = null
                where id = ? and state in ('QUEUED', 'RUNNING')""").params(state, utc(at), id).update() == 1;
    }

    /** Jobs a stop of the platform left queued or running, oldest first. */
    public List<Long> unfinished() {
        return jdbc.sql("select id from identity_feed_import where state in ('QUEUED', 'RUNNING') order by id").query(Long.class).list();
    }
}
