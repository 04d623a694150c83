package kz.koshi.stay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import kz.koshi.stay.rules.ExpulsionReviewRule.Offences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static kz.koshi.stay.StayRecords.utc;

/** The migration police's queue of expulsion reviews: one per person and latest offence, decided once. */
@Repository
class ExpulsionReviewRepository {

    private final JdbcClient jdbc;

    ExpulsionReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens a review unless the person has one pending, or one (decided) that already counted an offence as late as
     * this one: a decision stands until a later offence. The id of the new review, else empty.
     */
    Optional<Long> openIfNew(String person, Offences offences, Instant now) {
        long known = jdbc.sql("""
                select count(*) from stay_expulsion_review where person_number = ? and (state = 'PENDING' or latest_since >= ?)""")
                .params(person, offences.latest()).query(Long.class).single();
        if (known > 0) {
            return Optional.empty();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into stay_expulsion_review (person_number, offences, first_since, latest_since, state, opened_at)
                values (?, ?, ?, ?, 'PENDING', ?)""").params(person, offences.count(), offences.first(), offences.latest(), utc(now))
                .update(key, "id");
        return Optional.of(key.getKey().longValue());
    }

    List<ExpulsionReview> pending(int limit) {
        return jdbc.sql("select * from stay_expulsion_review where state = 'PENDING' order by opened_at, id limit ?")
                .param(limit).query((rs, n) -> map(rs)).list();
    }

    Optional<ExpulsionReview> find(long id) {
        return jdbc.sql("select * from stay_expulsion_review where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    List<ExpulsionReview> ofPerson(String person) {
        return jdbc.sql("select * from stay_expulsion_review where person_number = ? order by opened_at, id").param(person)
                .query((rs, n) -> map(rs)).list();
    }

    /** Decides a pending review; false when it was decided meanwhile. */
    boolean decide(long id, ReviewState decision, String by, String reason, Instant now) {
        return jdbc.sql("""
                update stay_expulsion_review set state = ?, decided_by = ?, decided_at = ?, reason = ?
                where id = ? and state = 'PENDING'""").params(decision.name(), by, utc(now), reason, id).update() == 1;
    }

    private static ExpulsionReview map(ResultSet rs) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new ExpulsionReview(rs.getLong("id"), rs.getString("person_number"), rs.getInt("offences"),
                rs.getObject("first_since", LocalDate.class), rs.getObject("latest_since", LocalDate.class),
                ReviewState.valueOf(rs.getString("state")), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("reason"), null);
    }
}
