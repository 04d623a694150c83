package kz.koshi.relink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The job's rows of {@code identity_relink_run} (Flyway V236), by plain JDBC on the registry's primary. */
final class RelinkRuns {

    private final Registry registry;

    RelinkRuns(Registry registry) {
        this.registry = registry;
    }

    /** A new run, WRITING from now; its id. */
    long start() throws SQLException {
        try (Connection c = registry.connect(); PreparedStatement insert = c.prepareStatement(
                "insert into identity_relink_run (status, started_at) values (?, ?)", new String[] {"id"})) {
            insert.setString(1, RunStatus.WRITING.name());
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Every cluster row is in: the run is WRITTEN, for the registry to reconcile. */
    void written(long run, RegistryClusters.Counts counts) throws SQLException {
        try (Connection c = registry.connect(); PreparedStatement update = c.prepareStatement(
                "update identity_relink_run set status = ?, written_at = ?, record_count = ?, cluster_count = ?"
                        + " where id = ? and status = ?")) {
            update.setString(1, RunStatus.WRITTEN.name());
            update.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            update.setLong(3, counts.records());
            update.setLong(4, counts.clusters());
            update.setLong(5, run);
            update.setString(6, RunStatus.WRITING.name());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("relink run " + run + " is no longer WRITING");
            }
        }
    }

    /** Best effort: a run that cannot even be marked stays WRITING, which is never reconciled either. */
    void failed(long run) {
        try (Connection c = registry.connect(); PreparedStatement update = c.prepareStatement(
                "update identity_relink_run set status = ? where id = ? and status = ?")) {
            update.setString(1, RunStatus.FAILED.name());
            update.setLong(2, run);
            update.setString(3, RunStatus.WRITING.name());
            update.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            System.err.println("relink: run " + run + " could not be marked FAILED (" + e.getClass().getName() + ")");
        }
    }
}
