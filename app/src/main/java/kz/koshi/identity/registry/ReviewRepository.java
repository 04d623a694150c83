package kz.koshi.identity.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.identity.registry.SourceRecordRepository.utc;

@Repository
public class ReviewRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReviewRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A pair for a reviewer: the new record beside a candidate person, with the engine's explanation. */
    public record NewReview(long sourceRecordId, String candidatePerson, long candidateRecordId, double probability,
                            double weight, String explanation, boolean protectedPair, String cannotLink) {
    }

    public void openAll(List<NewReview> pairs, Instant now) {
        openAll(pairs, now, null);
    }

    /** Opens the pairs; {@code relinkRun}: the national re-link run that proposed them, or null (online resolution). */
    public void openAll(List<NewReview> pairs, Instant now, Long relinkRun) {
        template.batchUpdate("""
                insert into identity_review (source_record_id, candidate_person, candidate_record, probability, weight,
                                             explanation, protected_pair, created_at, cannot_link, relink_run)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                pairs, 1000, (ps, r) -> {
                    ps.setObject(10, relinkRun);
                    ps.setLong(1, r.sourceRecordId());
                    ps.setString(2, r.candidatePerson());
                    ps.setLong(3, r.candidateRecordId());
                    ps.setDouble(4, r.probability());
                    ps.setDouble(5, r.weight());
                    ps.setString(6, r.explanation());
                    ps.setBoolean(7, r.protectedPair());
                    ps.setObject(8, utc(now));
                    ps.setString(9, r.cannotLink());
                });
    }

    /** Pairs awaiting a decision in one queue: the protected pairs' or everyone else's. */
    public List<ReviewItem> awaiting(int limit, boolean protectedPairs) {
        return jdbc.sql("""
                select * from identity_review where status in ('OPEN', 'DEFERRED') and protected_pair = ?
                order by status desc, probability desc, id limit ?""")
                .params(protectedPairs, limit).query((rs, n) -> map(rs)).list();
    }

    /** Pairs a reviewer accepted or rejected (and that were not reverted): labels for refining the model. */
    public List<ReviewItem> decided() {
        return jdbc.sql("select * from identity_review where status in ('ACCEPTED', 'REJECTED') order by id")
                .query((rs, n) -> map(rs)).list();
    }

    public long countAwaiting(boolean protectedPairs) {
        return jdbc.sql("select count(*) from identity_review where status in ('OPEN', 'DEFERRED') and protected_pair = ?")
                .param(protectedPairs).query(Long.class).single();
    }

    public Optional<ReviewItem> find(long id) {
        return jdbc.sql("select * from identity_review where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /**
     * Whether a record of {@code person} was ever paired, in the protection-side queue, with {@code candidatePerson}:
     * such a pair is being or has been decided, and another record of the same person adds nothing to it.
     */
    public boolean protectedPairBefore(String person, String candidatePerson) {
        return jdbc.sql("""
                        select count(*) from identity_review r join identity_source_record s on s.id = r.source_record_id
                        where r.protected_pair = true and r.candidate_person = ? and s.person_number = ?""")
                .params(candidatePerson, person).query(Long.class).single() > 0;
    }

    /**
     * Whether the two persons are already paired (either way round) in a pair awaiting a decision or rejected by a
     * reviewer: the re-link proposes such a pair no second time.
     */
    public boolean pairedOrRejected(String personA, String personB) {
        return jdbc.sql("""
                        select count(*) from identity_review r join identity_source_record s on s.id = r.source_record_id
                        where r.status in ('OPEN', 'DEFERRED', 'REJECTED')
                          and ((s.person_number = :a and r.candidate_person = :b) or (s.person_number = :b and r.candidate_person = :a))""")
                .param("a", personA).param("b", personB).query(Long.class).single() > 0;
    }

    public List<ReviewItem> ofRecord(long sourceRecordId) {
        return jdbc.sql("select * from identity_review where source_record_id = ? order by id").param(sourceRecordId)
                .query((rs, n) -> map(rs)).list();
    }

    public void decide(long id, ReviewItem.Status status, String actor, String note, Instant now) {
        jdbc.sql("update identity_review set status = ?, decided_by = ?, decided_at = ?, note = ? where id = ?")
                .params(status.name(), actor, utc(now), note, id).update();
    }

    private static ReviewItem map(ResultSet rs) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new ReviewItem(rs.getLong("id"), rs.getLong("source_record_id"), rs.getString("candidate_person"),
                rs.getLong("candidate_record"), rs.getDouble("probability"), rs.getDouble("weight"),
                rs.getString("explanation"), ReviewItem.Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("note"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("protected_pair"),
                rs.getString("cannot_link"));
    }
}
