package kz.koshi.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import kz.koshi.shared.LocalizedName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checkpoints are reference data loaded by migration; they are read on every crossing, so they are cached. */
@Repository
class CheckpointRepository {

    private final JdbcClient jdbc;
    private final Map<String, Optional<Checkpoint>> cache = new ConcurrentHashMap<>();

    CheckpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Checkpoint> all() {
        return jdbc.sql("select * from border_checkpoint where active order by kind, code").query((rs, n) -> map(rs)).list();
    }

    Optional<Checkpoint> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(code, c -> jdbc.sql("select * from border_checkpoint where code = ? and active")
                .param(c).query((rs, n) -> map(rs)).optional());
    }

    private static Checkpoint map(ResultSet rs) throws SQLException {
        return new Checkpoint(rs.getString("code"), Checkpoint.Kind.valueOf(rs.getString("kind")),
                new LocalizedName(rs.getString("name_ru"), rs.getString("name_kk"), rs.getString("name_en")),
                rs.getString("region_code"), rs.getString("neighbour"));
    }
}
