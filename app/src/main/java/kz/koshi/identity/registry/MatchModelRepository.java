package kz.koshi.identity.registry;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.MatchModelFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.identity.registry.SourceRecordRepository.utc;

@Repository
public class MatchModelRepository {

    /** A stored model and how it came about. */
    public record StoredModel(long id, Instant trainedAt, String trainedBy, long records, long reviews, boolean emTrained,
                              MatchModel model) {
    }

    private final JdbcClient jdbc;

    MatchModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(MatchModel model, String by, long records, long reviews, boolean emTrained, Instant now) {
        StringWriter text = new StringWriter();
        try {
            MatchModelFile.write(model, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("""
                insert into identity_match_model (trained_at, trained_by, records, reviews, em_trained, model)
                values (?, ?, ?, ?, ?, ?)""")
                .params(utc(now), by, records, reviews, emTrained, text.toString()).update();
    }

    public Optional<StoredModel> current() {
        return jdbc.sql("select * from identity_match_model order by id desc limit 1").query((rs, n) -> {
            try {
                return new StoredModel(rs.getLong("id"), rs.getObject("trained_at", OffsetDateTime.class).toInstant(),
                        rs.getString("trained_by"), rs.getLong("records"), rs.getLong("reviews"), rs.getBoolean("em_trained"),
                        MatchModelFile.read(new StringReader(rs.getString("model"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).optional();
    }
}
