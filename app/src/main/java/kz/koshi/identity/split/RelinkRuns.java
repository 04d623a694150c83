package kz.koshi.identity.split;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the run behind a proposal (the reconciling owns the runs; this only reads them). */
@Repository
class RelinkRuns {

    private final JdbcClient jdbc;

    RelinkRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RelinkRun> find(long id) {
        return jdbc.sql("select id, started_at, written_at from identity_relink_run where id = ?").param(id)
                .query((rs, n) -> {
                    OffsetDateTime written = rs.getObject("written_at", OffsetDateTime.class);
                    return new RelinkRun(rs.getLong("id"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                            written == null ? null : written.toInstant());
                }).optional();
    }
}
