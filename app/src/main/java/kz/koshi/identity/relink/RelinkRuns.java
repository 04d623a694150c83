package kz.koshi.identity.relink;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs' rows: listed, taken for reconciling by a conditional update (the one-at-a-time across nodes), finished. */
@Repository
public class RelinkRuns {

    private final JdbcClient jdbc;

    RelinkRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RelinkRun> latest(int limit) {
        return jdbc.sql("select * from identity_relink_run order by id desc fetch first ? rows only").param(limit)
                .query((rs, n) -> map(rs)).list();
    }

    /** The run behind a proposal, as its reviewer sees it (the split pages). */
    public Optional<RelinkRun> find(long id) {
        return jdbc.sql("select * from identity_relink_run where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** WRITTEN -> RECONCILING; false when the run is in any other state (another request or node has it). */
    boolean take(long id) {
        return jdbc.sql("update identity_relink_run set status = 'RECONCILING' where id = ? and status = 'WRITTEN'")
                .param(id).update() == 1;
    }

    void reconciled(long id, RelinkCounts counts, String by, Instant at) {
        jdbc.sql("""
                update identity_relink_run set status = 'RECONCILED', reconciled_at = ?, reconciled_by = ?, merge_proposals = ?,
                       split_proposals = ?, skipped_decided = ?, skipped_conflict = ? where id = ? and status = 'RECONCILING'""")
                .params(at.atOffset(ZoneOffset.UTC), by, counts.mergeProposals(), counts.splitProposals(),
                        counts.skippedDecided(), counts.skippedConflict(), id).update();
    }

    private static RelinkRun map(ResultSet rs) throws SQLException {
        RelinkCounts counts = rs.getObject("merge_proposals") == null ? null : new RelinkCounts(rs.getInt("merge_proposals"),
                rs.getInt("split_proposals"), rs.getInt("skipped_decided"), rs.getInt("skipped_conflict"));
        return new RelinkRun(rs.getLong("id"), RelinkStatus.valueOf(rs.getString("status")), instant(rs, "started_at"),
                instant(rs, "written_at"), rs.getObject("record_count", Long.class), rs.getObject("cluster_count", Long.class),
                instant(rs, "reconciled_at"), rs.getString("reconciled_by"), counts);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
